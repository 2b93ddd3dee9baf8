package org.newskg.store;

/** A store that cannot be used as asked (missing, locked, not a store); the message is one line. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean busy;

  public StoreException(String message) {
    super(message);
    this.busy = false;
  }

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  StoreException(String message, Throwable cause, boolean busy) {
    super(message, cause);
    this.busy = busy;
  }

  /** True when another process holds the store: retrying later may work, the arguments are fine. */
  public boolean busy() {
    return busy;
  }
}
