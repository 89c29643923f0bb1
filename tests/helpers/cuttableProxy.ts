import { connect, createServer, type Socket } from 'node:net'

/**
 * A TCP relay on 127.0.0.1 in front of a database server, whose line can be cut and mended:
 * cut drops every open connection and refuses new ones (as a database that went away does),
 * mend lets connections through again.
 */
export const cuttableProxy = async ({ host, port }: { host: string; port: number }) => {
  let cut = false
  const open = new Set<Socket>()
  const server = createServer((client) => {
    if (cut) return void client.destroy()
    const upstream = connect({ host, port })
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => undefined)
    }
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut: () => {
      cut = true
      for (const socket of open) socket.destroy()
    },
    mend: () => {
      cut = false
    },
    close: () => {
      cut = true
      for (const socket of open) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
