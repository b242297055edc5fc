import net from "node:net";

/** A TCP server that accepts connections and never answers: a frozen (SIGSTOPped) database. */
export async function silentServer(): Promise<{ url: string; close: () => void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgresql://app:secret@127.0.0.1:${port}/ledger`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}
