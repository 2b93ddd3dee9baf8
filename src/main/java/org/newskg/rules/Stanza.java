package org.newskg.rules;

import java.util.List;

/**
 * One blank-line-separated block of a rule file, before any key is interpreted.
 *
 * @param line first line of the stanza (1-based)
 */
record Stanza(int line, List<Entry> entries) {
  Stanza {
    entries = List.copyOf(entries);
  }

  /**
   * A {@code key: value} line plus its continuation lines, joined with single spaces.
   *
   * @param segments where each joined piece came from, to turn a value offset into a file column
   */
  record Entry(String key, String value, int line, List<Segment> segments) {
    Entry {
      segments = List.copyOf(segments);
    }

    /** The file line and 1-based column of the value's character at {@code offset}. */
    int[] position(int offset) {
      Segment at = segments.get(0);
      for (Segment s : segments) {
        if (s.offset() <= offset) {
          at = s;
        }
      }
      return new int[] {at.line(), at.column() + (offset - at.offset())};
    }
  }

  /** The value text from {@code offset} on came from {@code line}, starting at {@code column}. */
  record Segment(int offset, int line, int column) {}
}
