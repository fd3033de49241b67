"""Milliseconds from starting a command in a pseudo-terminal until MARKER is on its screen.

Usage: python3 first-frame.py MARKER COMMAND [ARGS...]  (prints one number; kills the command)
Used by the benchmark for the wizard's time to its first question.
"""
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

marker, argv = sys.argv[1].encode(), sys.argv[2:]
start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    os.execvp(argv[0], argv)
seen = b""
while marker not in seen:
    ready, _, _ = select.select([fd], [], [], 10)
    if not ready:
        sys.exit("timed out waiting for the marker")
    try:
        seen += os.read(fd, 65536)
    except OSError:
        sys.exit("the command ended before showing the marker")
print(f"{(time.perf_counter() - start) * 1000:.1f}")
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
