import { execFile } from "node:child_process";

/**
 * Python's pty module (on every machine python3 is) runs the command on a pseudo-terminal of
 * the given size, set on the terminal before the command starts, and copies everything the
 * command writes to it, stdout and stderr alike, to our pipe.
 */
const IN_TERMINAL = `
import fcntl, os, pty, struct, sys, termios
columns = int(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    os.execvp(sys.argv[2], sys.argv[2:])
while True:
    try:
        chunk = os.read(fd, 65536)
    except OSError:  # EIO: the command has ended and closed the terminal
        break
    if not chunk:
        break
    os.write(1, chunk)
sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
`;

export interface TerminalRun {
  code: number;
  /** What the terminal received: stdout and stderr interleaved, with "\r\n" line ends. */
  output: string;
}

/** Runs `command` on a real pseudo-terminal `columns` wide, with only `env`, and resolves when it ends. */
export function runInTerminal(
  command: string[],
  options: { env: Record<string, string>; cwd: string; columns: number },
): Promise<TerminalRun> {
  return new Promise((resolve, reject) => {
    execFile(
      "python3",
      ["-c", IN_TERMINAL, String(options.columns), ...command],
      { env: options.env, cwd: options.cwd, maxBuffer: 64 * 2 ** 20 },
      (error, output) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? (error.code as number) : 0, output });
      },
    );
  });
}
