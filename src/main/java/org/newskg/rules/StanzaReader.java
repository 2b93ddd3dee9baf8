package org.newskg.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a rule file into stanzas of key/value entries; knows nothing about what the keys mean. */
final class StanzaReader {
  private static final Pattern KEY_LINE = Pattern.compile("([^\\s:]+)\\s*:(.*)");
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");

  private StanzaReader() {}

  /** Reads {@code lines} of {@code file}; malformed lines become messages in {@code errors}. */
  static List<Stanza> read(Path file, List<String> lines, List<String> errors) {
    List<Stanza> stanzas = new ArrayList<>();
    List<Stanza.Entry> entries = new ArrayList<>();
    int stanzaLine = 0;
    // The entry being built: key, value so far, segments.
    String key = null;
    StringBuilder value = null;
    List<Stanza.Segment> segments = null;
    int keyLine = 0;
    // Continuation lines of a line already reported as malformed are not reported again.
    boolean afterBadLine = false;
    for (int i = 0; i <= lines.size(); i++) {
      String raw = i < lines.size() ? lines.get(i) : "";
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      int lineNo = i + 1;
      boolean blank = raw.isBlank();
      boolean continuation = !blank && Character.isWhitespace(raw.charAt(0));
      if (!blank && raw.strip().startsWith("#")) {
        continue;
      }
      if (key != null && !continuation) {
        entries.add(new Stanza.Entry(key, value.toString(), keyLine, segments));
        key = null;
      }
      if (blank) {
        afterBadLine = false;
        if (!entries.isEmpty()) {
          stanzas.add(new Stanza(stanzaLine, entries));
          entries = new ArrayList<>();
        }
        continue;
      }
      int first = firstNonSpace(raw);
      String text = raw.strip();
      if (continuation) {
        if (key == null) {
          if (!afterBadLine) {
            errors.add(file + ":" + lineNo + ": indented line outside any key (a continuation"
                + " line must follow a 'key: value' line)");
          }
          continue;
        }
        if (value.length() > 0) {
          value.append(' ');
        }
        segments.add(new Stanza.Segment(value.length(), lineNo, first + 1));
        value.append(text);
        continue;
      }
      if (entries.isEmpty()) {
        stanzaLine = lineNo;
      }
      Matcher m = KEY_LINE.matcher(raw.stripTrailing());
      if (!m.matches() || !KEY.matcher(m.group(1)).matches()) {
        errors.add(file + ":" + lineNo + ": expected 'key: value' but found '" + abbreviate(text)
            + "' (keys are lower case; a line continuing the previous value must start with a space)");
        afterBadLine = true;
        if (entries.isEmpty()) {
          // Keep the stanza's first line pointing at a real key, if one follows.
          stanzaLine = 0;
        }
        continue;
      }
      afterBadLine = false;
      key = m.group(1);
      keyLine = lineNo;
      String rest = m.group(2);
      int valueStart = m.start(2) + firstNonSpace(rest);
      value = new StringBuilder(rest.strip());
      segments = new ArrayList<>();
      segments.add(new Stanza.Segment(0, lineNo, valueStart + 1));
      if (stanzaLine == 0) {
        stanzaLine = lineNo;
      }
    }
    return stanzas;
  }

  private static int firstNonSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
