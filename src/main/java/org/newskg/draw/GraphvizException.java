package org.newskg.draw;

/** Graphviz is missing, failed, or took too long; the message is one line saying what to do. */
public final class GraphvizException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean missing;

  GraphvizException(String message, boolean missing) {
    super(message);
    this.missing = missing;
  }

  /** True when the {@code dot} program is not installed at all (as opposed to failing). */
  public boolean missing() {
    return missing;
  }
}
