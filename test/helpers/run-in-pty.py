"""Runs a command in a real pseudo-terminal and relays bytes both ways.

Usage: python3 run-in-pty.py COLUMNS ROWS COMMAND [ARGS...]
Our stdin goes to the terminal's keyboard, the terminal's screen comes to our stdout, and we
exit with the command's exit code. Python's standard library only, so the end-to-end test
needs no native Node module.
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios

cols, rows, argv = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.execvp(argv[0], argv)

inputs = [fd, 0]
while True:
    ready, _, _ = select.select(inputs, [], [])
    if fd in ready:
        try:
            data = os.read(fd, 65536)
        except OSError:  # the command closed its terminal
            break
        if not data:
            break
        os.write(1, data)
    if 0 in ready:
        data = os.read(0, 65536)
        if data:
            os.write(fd, data)
        else:
            inputs.remove(0)

_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
