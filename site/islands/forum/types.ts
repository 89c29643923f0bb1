export type Thread = {
  id: number
  title: string
  bodyHtml: string
  authorName?: string | null
  author?: number | { id: number } | null
  createdAt: string
  updatedAt: string
  pinned?: boolean
  locked?: boolean
}
export type Post = {
  id: number
  body?: string
  bodyHtml: string
  editedAt?: string | null
  authorName?: string | null
  author?: number | { id: number } | null
  createdAt: string
  hidden?: boolean
  reported?: boolean
}
export type Membership = {
  id: number
  status: 'pending' | 'approved' | 'rejected' | 'banned'
  role: 'member' | 'moderator'
}
export type Me = { id: number; roles?: string[] }
