package org.newskg.serve;

/** The store cannot be opened for a reason the user can fix; the message is one line. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }
}
