package org.newskg.eval;

/**
 * A gold or prediction file that cannot be read; the message names the file and, if known, the
 * line.
 */
public final class EvalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvalException(String message) {
    super(message);
  }
}
