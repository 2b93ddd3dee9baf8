package org.newskg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.facts.Span;

/**
 * Finds the article in a page's text: the title (first line), metadata lines ("Source: …",
 * "Author: …", "By …", a date line, a URL), the body paragraphs, and where page furniture starts.
 * Works on line spans so that every offset still points into the original text.
 */
public final class Cleaner {
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?\"”]$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SOURCE = Pattern.compile("(?i)(?:source|publisher|published by)\\s*:\\s*(.{2,80})");
  private static final Pattern AUTHOR = Pattern.compile("(?i)(?:author|by|written by)\\s*:?\\s+(\\p{Lu}[^.!?]{1,60})");
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?i)(?:published|updated|posted|date)?\\s*:?\\s*"
              + "(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} \\p{L}+ \\d{4}|\\p{L}+ \\d{1,2},? \\d{4})"
              + "(?:[ ,]+\\d{1,2}[:h]\\d{2}.*)?");
  private final Boilerplate boilerplate;

  public Cleaner(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /**
   * @param knownTitle title from metadata, or null (then the first line is the title)
   */
  public ArticleText clean(String text, String knownTitle) {
    List<Span> lines = lines(text);
    String title = knownTitle;
    String publisher = null;
    String author = null;
    String date = null;
    String url = null;
    List<Span> body = new ArrayList<>();
    boolean sawBody = false;
    for (int i = 0; i < lines.size(); i++) {
      Span s = lines.get(i);
      String line = text.substring(s.begin(), s.end()).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (title == null) {
        title = line;
        continue;
      }
      if (knownTitle != null && !sawBody && line.equals(knownTitle)) {
        continue;
      }
      if (boilerplate.stops(line)) {
        break;
      }
      if (boilerplate.drops(line)) {
        continue;
      }
      Matcher m;
      if ((m = SOURCE.matcher(line)).matches()) {
        publisher = publisher == null || publisher.startsWith("?") ? m.group(1).strip() : publisher;
        continue;
      }
      if (!sawBody && (m = AUTHOR.matcher(line)).matches() && words(line) <= 8) {
        author = author == null ? m.group(1).strip() : author;
        continue;
      }
      if (URL.matcher(line).matches()) {
        url = url == null ? line : url;
        continue;
      }
      if ((m = DATE_LINE.matcher(line)).matches()) {
        date = date == null ? Dates.parseAbsolute(m.group(1)) : date;
        continue;
      }
      if (!sawBody && !looksLikeProse(line)) {
        // Header furniture before the first paragraph: site name, section, byline fragments.
        if (publisher == null && i <= 6 && words(line) <= 5) {
          publisher = headerPublisherCandidate(line);
        }
        continue;
      }
      sawBody = true;
      body.add(trim(text, s));
    }
    return new ArticleText(text, title == null ? "" : title, publisher, author, date, url, body);
  }

  /** Remembered only as a candidate; the extractor keeps it when the gazetteer knows the outlet. */
  private static String headerPublisherCandidate(String line) {
    return "?" + line;
  }

  static boolean looksLikeProse(String line) {
    return words(line) >= 7 || (words(line) >= 4 && ENDS_SENTENCE.matcher(line).find());
  }

  private static int words(String line) {
    return line.isBlank() ? 0 : SPACES.split(line.strip()).length;
  }

  private static Span trim(String text, Span s) {
    int b = s.begin();
    int e = s.end();
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(b, e);
  }

  private static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(new Span(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(new Span(start, text.length()));
    }
    return out;
  }
}
