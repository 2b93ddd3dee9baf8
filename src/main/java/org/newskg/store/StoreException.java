package org.newskg.store;

/** A store that cannot be used as asked (missing, locked, not a store); the message is one line. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
