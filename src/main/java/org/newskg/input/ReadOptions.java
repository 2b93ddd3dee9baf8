package org.newskg.input;

import java.util.Locale;

/**
 * Limits for {@link ArticleFiles#read(java.util.List, ReadOptions, ArticleConsumer)}.
 *
 * @param maxFileBytes a .txt or .html file larger than this is skipped unread
 * @param maxLineBytes a JSON Lines line longer than this is skipped (the archive itself may have
 *     any size: it is read line by line)
 */
public record ReadOptions(long maxFileBytes, long maxLineBytes) {
  private static final long MB = 1024 * 1024;

  /** 20 MB for a file and for a JSON line: far above any real article, far below the heap. */
  public static final ReadOptions DEFAULTS = new ReadOptions(20 * MB, 20 * MB);

  public ReadOptions {
    if (maxFileBytes <= 0 || maxLineBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** "50.3 MB", "20 MB", "512 KB", "17 bytes": one decimal at most, trailing ".0" dropped. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    boolean mega = bytes >= MB;
    String s = String.format(Locale.ROOT, "%.1f", bytes / (mega ? (double) MB : 1024.0));
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + (mega ? " MB" : " KB");
  }
}
