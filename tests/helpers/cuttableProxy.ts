import { createServer, connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A TCP proxy on 127.0.0.1 in front of a server (a database), whose line a test can cut and
 * mend: cut, it drops every open connection and hangs up on new ones at once, as a database that
 * went away does; mended, it forwards again. The server behind it keeps running for everyone else.
 */
export const cuttableProxy = async (target: { host: string; port: number }) => {
  let cut = false
  const open = new Set<Socket>()
  const track = (socket: Socket) => {
    open.add(socket)
    socket.once('close', () => open.delete(socket))
    socket.on('error', () => undefined)
  }
  const server = createServer((client) => {
    track(client)
    if (cut) return void client.destroy()
    const upstream = connect(target.port, target.host)
    track(upstream)
    client.pipe(upstream).pipe(client)
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    cut: () => {
      cut = true
      for (const socket of open) socket.destroy()
    },
    mend: () => {
      cut = false
    },
    close: () => {
      for (const socket of open) socket.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
