package org.newskg.store;

/**
 * A query that does not parse.
 *
 * @see Sparql#parse
 */
public final class SparqlSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  SparqlSyntaxError(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** 1-based line in the query text, or -1 when the parser did not say. */
  public int line() {
    return line;
  }

  /** 1-based column in the query text, or -1 when the parser did not say. */
  public int column() {
    return column;
  }
}
