import { execFile } from "node:child_process";

/**
 * Python's pty module (on every machine python3 is) runs the command on a pseudo-terminal of
 * the given size, set on the terminal before the command starts, and copies everything the
 * command writes to it, stdout and stderr alike, to our pipe. Once the output holds the
 * given text, if any, it types Ctrl-C, which the terminal turns into SIGINT.
 */
const IN_TERMINAL = `
import fcntl, os, pty, struct, sys, termios
columns, interrupt_at = int(sys.argv[1]), sys.argv[2].encode()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    os.execvp(sys.argv[3], sys.argv[3:])
received = b""
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:  # EIO: the command has ended and closed the terminal
        break
    if not chunk:
        break
    os.write(1, chunk)
    received += chunk
    if interrupt_at and interrupt_at in received:
        os.write(fd, b"\\x03")
        interrupt_at = b""
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
`;

export interface TerminalRun {
  code: number;
  /** What the terminal received: stdout and stderr interleaved, with "\r\n" line ends. */
  output: string;
}

/**
 * Runs `command` on a real pseudo-terminal `columns` wide, with only `env`, and resolves when
 * it ends. With `interruptAt`, Ctrl-C is typed once the output shows that text.
 */
export function runInTerminal(
  command: string[],
  options: { env: Record<string, string>; cwd: string; columns: number; interruptAt?: string },
): Promise<TerminalRun> {
  return new Promise((resolve, reject) => {
    execFile(
      "python3",
      ["-c", IN_TERMINAL, String(options.columns), options.interruptAt ?? "", ...command],
      { env: options.env, cwd: options.cwd, maxBuffer: 64 * 2 ** 20 },
      (error, output) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? (error.code as number) : 0, output });
      },
    );
  });
}
