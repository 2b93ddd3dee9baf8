package org.newskg.eval;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalisation of labels, quotes and stances, ported line by line from score.py: "The U.S." and
 * "US" compare equal, curly quotes become straight, IRIs and quoted literals lose their brackets.
 */
public final class Names {
  /** Stance id to polarity; lenient scoring only compares polarities. */
  static final Map<String, String> POLARITY =
      Map.of(
          "asserts", "pos",
          "suspects", "pos",
          "accuses", "pos",
          "claims_responsibility", "self",
          "denies", "neg",
          "rejects_accusation", "neg",
          "neither_confirms_nor_denies", "ncnd");

  /** score.py's iteration order over POLARITY, which decides ties in {@link #stance}. */
  private static final String[] STANCES = {
    "asserts",
    "suspects",
    "accuses",
    "claims_responsibility",
    "denies",
    "rejects_accusation",
    "neither_confirms_nor_denies"
  };

  private Names() {}

  /** score.py {@code norm}: the form in which labels, aliases and quotes are compared. */
  public static String norm(String raw) {
    String s = Py.strip(raw == null ? "" : raw).toLowerCase(Locale.ROOT);
    s =
        s.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"');
    s = unbracket(s);
    s = Py.strip(dropLanguageTag(s), '"');
    s = s.replace(".", "");
    s = dropLeadingThe(s);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp ->
                b.appendCodePoint(
                    Py.isWord(cp) || Py.isSpace(cp) || cp == '\'' || cp == '-' ? cp : ' '));
    return collapseSpaces(b.toString());
  }

  /**
   * score.py {@code names}: the label and its "|"-separated aliases, normalised, blanks dropped.
   */
  public static Set<String> names(String primary, String aliases) {
    Set<String> out = new LinkedHashSet<>();
    addName(out, primary == null ? "" : primary);
    for (String a : (aliases == null ? "" : aliases).split("\\|", -1)) {
      addName(out, a);
    }
    return out;
  }

  /**
   * score.py {@code stance_of}: a stance as a query writes it ("claims responsibility",
   * "neither-confirms-nor-denies") to its id; anything unknown is returned normalised, unmatched.
   */
  public static String stance(String raw) {
    String s = norm(raw).replace(" ", "_").replace("-", "_");
    s = s.substring(s.lastIndexOf('/') + 1);
    s = s.substring(s.lastIndexOf('#') + 1);
    for (String k : STANCES) {
      if (s.equals(k) || s.equals(k.replace("_", ""))) {
        return k;
      }
    }
    return s;
  }

  /**
   * Polarity of a stance id, or the id itself when it is not a stance (as {@code dict.get(a, a)}).
   */
  static String polarity(String stance) {
    return POLARITY.getOrDefault(stance, stance);
  }

  /** score.py's certainty comparison form: normalised, last IRI segment. */
  static String certainty(String raw) {
    String s = norm(raw);
    s = s.substring(s.lastIndexOf('/') + 1);
    return s.substring(s.lastIndexOf('#') + 1);
  }

  private static void addName(Set<String> out, String x) {
    if (!Py.strip(x).isEmpty()) {
      out.add(norm(x));
    }
  }

  // re.sub(r'^[<"]|[>"]$', "", s): one bracket or quote off each end.
  private static String unbracket(String s) {
    int begin = !s.isEmpty() && (s.charAt(0) == '<' || s.charAt(0) == '"') ? 1 : 0;
    int end = s.length();
    if (end > begin && (s.charAt(end - 1) == '>' || s.charAt(end - 1) == '"')) {
      end--;
    }
    return s.substring(begin, end);
  }

  // re.sub(r"@[a-z-]+$", "", s): a trailing RDF language tag.
  private static String dropLanguageTag(String s) {
    for (int i = s.indexOf('@'); i >= 0; i = s.indexOf('@', i + 1)) {
      // "$" also matches before one final newline, as in Python.
      String rest = s.substring(i + 1);
      String tail = rest.endsWith("\n") ? "\n" : "";
      String tag = rest.substring(0, rest.length() - tail.length());
      if (!tag.isEmpty() && tag.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '-')) {
        return s.substring(0, i) + tail;
      }
    }
    return s;
  }

  // re.sub(r"^the\s+", "", s)
  private static String dropLeadingThe(String s) {
    if (!s.startsWith("the")) {
      return s;
    }
    int i = 3;
    while (i < s.length() && Py.isSpace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i > 3 ? s.substring(i) : s;
  }

  // re.sub(r"\s+", " ", s).strip()
  private static String collapseSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Py.isSpace(cp)) {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }
}
