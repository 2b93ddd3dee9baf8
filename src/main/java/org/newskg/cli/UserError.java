package org.newskg.cli;

/**
 * A failure the user can fix (a missing file, a bad query, a locked store). Reported as one line
 * on stderr, exit code {@link #exitCode()}, no stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserError(String message) {
    this(message, 1);
  }

  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
