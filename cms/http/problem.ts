/** An error answer from a custom endpoint, in the same JSON shape as the API's own errors. */
export const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
