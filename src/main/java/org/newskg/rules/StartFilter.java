package org.newskg.rules;

import java.util.ArrayList;
import java.util.List;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * Which tokens a match can start at, read off the pattern's possible first elements: a pattern
 * that begins with {@code @who:ACTOR} can only start where an ACTOR mention starts, so the matcher
 * skips every other position without running. {@link #ANYWHERE} when the first element is
 * unconstrained ({@code []}, or the pattern can match no tokens at all).
 */
final class StartFilter {
  static final StartFilter ANYWHERE = new StartFilter(List.of(), List.of(), false);

  private final TokenTest[] tests;
  private final String[] mentionTypes;
  private final boolean onlyAtStart;

  private StartFilter(List<TokenTest> tests, List<String> mentionTypes, boolean onlyAtStart) {
    this.tests = tests.toArray(new TokenTest[0]);
    this.mentionTypes = mentionTypes.toArray(new String[0]);
    this.onlyAtStart = onlyAtStart;
  }

  static StartFilter of(Node root) {
    if (root.minLength() == 0 && !(root instanceof Node.Seq s0 && !s0.items().isEmpty()
        && s0.items().get(0) instanceof Node.Anchor a0 && a0.start())) {
      // Can match no tokens, so a match (an empty one) may start anywhere.
      return ANYWHERE;
    }
    if (root instanceof Node.Seq s && !s.items().isEmpty()
        && s.items().get(0) instanceof Node.Anchor a && a.start()) {
      return new StartFilter(List.of(), List.of(), true);
    }
    List<TokenTest> tests = new ArrayList<>();
    List<String> types = new ArrayList<>();
    if (!firsts(root, tests, types)) {
      return ANYWHERE;
    }
    return new StartFilter(tests, types, false);
  }

  /**
   * Adds what the first token of a non-empty match of {@code n} must satisfy; false when anything
   * could come first. A nullable {@code n} is handled by the caller looking further.
   */
  private static boolean firsts(Node n, List<TokenTest> tests, List<String> types) {
    if (n instanceof Node.Literal l) {
      tests.add(new TokenTest.Equals(true, l.words().get(0)));
      return true;
    } else if (n instanceof Node.Tok t) {
      if (t.test() instanceof TokenTest.Any) {
        return false;
      }
      tests.add(t.test());
      return true;
    } else if (n instanceof Node.MentionAtom m) {
      if (!types.contains(m.type())) {
        types.add(m.type());
      }
      return true;
    } else if (n instanceof Node.Capture c) {
      return firsts(c.body(), tests, types);
    } else if (n instanceof Node.Repeat r) {
      return r.max() != 0 && firsts(r.body(), tests, types);
    } else if (n instanceof Node.Alt a) {
      for (Node o : a.options()) {
        if (!firsts(o, tests, types)) {
          return false;
        }
      }
      return true;
    } else if (n instanceof Node.Seq s) {
      for (Node item : s.items()) {
        if (item instanceof Node.Anchor) {
          // ^ in the middle, or $: no constraint on the first token from here on.
          return false;
        }
        if (!firsts(item, tests, types)) {
          return false;
        }
        if (item.minLength() > 0) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  /**
   * For each token position (and the end), whether a match could start there; null when any
   * position could. Computed once per matcher: each token is tested once, not once per search.
   */
  boolean[] startable(List<Token> tokens, List<Mention> mentions) {
    if (this == ANYWHERE) {
      return null;
    }
    boolean[] ok = new boolean[tokens.size() + 1];
    if (onlyAtStart) {
      ok[0] = true;
      return ok;
    }
    if (mentionTypes.length > 0) {
      for (Mention m : mentions) {
        for (String type : mentionTypes) {
          if (m.start() < ok.length && type.equals(m.type())) {
            ok[m.start()] = true;
          }
        }
      }
    }
    if (tests.length > 0) {
      for (int pos = 0; pos < tokens.size(); pos++) {
        if (!ok[pos]) {
          Token t = tokens.get(pos);
          for (TokenTest test : tests) {
            if (test.test(t)) {
              ok[pos] = true;
              break;
            }
          }
        }
      }
    }
    return ok;
  }
}
