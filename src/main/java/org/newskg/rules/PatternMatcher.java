package org.newskg.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * Finds matches of one {@link TokenPattern} in one sentence, with java.util.regex semantics: the
 * leftmost start wins, and at a start the first match in preference order (greedy, lazy,
 * left alternative, longest mention) is the one reported. Not thread-safe.
 */
public final class PatternMatcher {
  private final TokenPattern pattern;
  private final AnnotatedSentence sentence;
  private final List<Token> tokens;
  private final List<Mention> mentions;
  private final boolean possible;
  /** For each position, the index of the first mention starting there or later (null: unused). */
  private final int[] firstMentionAt;
  private final int[] end = new int[1];
  private int next;
  private int abandoned;
  /** Positions where a match may start (null: all), computed on first use. */
  private boolean[] startable;
  private boolean startableKnown;

  PatternMatcher(TokenPattern pattern, AnnotatedSentence sentence) {
    this(pattern, sentence, true);
  }

  /** {@code filtered = false} runs the matcher everywhere, for tests that check the filters. */
  PatternMatcher(TokenPattern pattern, AnnotatedSentence sentence, boolean filtered) {
    this.pattern = pattern;
    this.sentence = sentence;
    this.tokens = sentence.tokens();
    this.mentions = sentence.mentions();
    this.possible = !filtered || pattern.couldMatch(sentence);
    this.startableKnown = !filtered;
    this.firstMentionAt = possible && pattern.usesMentions() ? mentionIndex(tokens.size(), mentions) : null;
  }

  /**
   * The next match, searching from where the previous {@code find()} match ended (after an empty
   * match, from one token further), or empty when there is none left.
   */
  public Optional<Match> find() {
    Match m = possible && next <= tokens.size() ? search(next) : null;
    if (m == null) {
      next = tokens.size() + 1;
      return Optional.empty();
    }
    next = m.end() > m.start() ? m.end() : m.end() + 1;
    return Optional.of(m);
  }

  /** All non-overlapping matches, left to right (independent of {@link #find()}). */
  public List<Match> findAll() {
    List<Match> out = new ArrayList<>();
    int from = 0;
    while (possible && from <= tokens.size()) {
      Match m = search(from);
      if (m == null) {
        break;
      }
      out.add(m);
      from = m.end() > m.start() ? m.end() : m.end() + 1;
    }
    return out;
  }

  /** The preferred match at every start position where there is one; matches may overlap. */
  public List<Match> findEvery() {
    List<Match> out = new ArrayList<>();
    if (possible) {
      for (int start = 0; start <= tokens.size(); start++) {
        Match m = runAt(start);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** The preferred match starting exactly at token {@code start}, if any. */
  public Optional<Match> matchAt(int start) {
    if (start < 0 || start > tokens.size()) {
      throw new IndexOutOfBoundsException("start " + start + " outside 0.." + tokens.size());
    }
    return Optional.ofNullable(possible ? runAt(start) : null);
  }

  /** How many start positions were given up because they ran out of steps (a runaway pattern). */
  public int abandonedStarts() {
    return abandoned;
  }

  public AnnotatedSentence sentence() {
    return sentence;
  }

  private static int[] mentionIndex(int n, List<Mention> mentions) {
    int[] first = new int[n + 1];
    int i = 0;
    for (int pos = 0; pos <= n; pos++) {
      while (i < mentions.size() && mentions.get(i).start() < pos) {
        i++;
      }
      first[pos] = i;
    }
    return first;
  }

  private Match search(int from) {
    boolean[] startable = startable();
    Vm.Scratch s = Vm.scratch();
    for (int start = from; start <= tokens.size(); start++) {
      if (startable != null && !startable[start]) {
        continue;
      }
      Match m = runAt(start, s);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private Match runAt(int start) {
    boolean[] startable = startable();
    return startable == null || startable[start] ? runAt(start, Vm.scratch()) : null;
  }

  private boolean[] startable() {
    if (!startableKnown) {
      startable = pattern.starts().startable(tokens, mentions);
      startableKnown = true;
    }
    return startable;
  }

  private Match runAt(int start, Vm.Scratch s) {
    int r = Vm.run(pattern.code(), pattern.slots(), tokens, mentions, firstMentionAt, start,
        pattern.stepBudget(), s, end);
    if (r == Vm.OUT_OF_STEPS) {
      abandoned++;
      return null;
    }
    return r == Vm.MATCHED ? toMatch(start, end[0], s) : null;
  }

  private Match toMatch(int start, int stop, Vm.Scratch s) {
    List<String> names = pattern.captureNames();
    Map<String, List<Capture>> captures = new LinkedHashMap<>();
    for (String name : names) {
      List<Capture> list = new ArrayList<>(1);
      for (int i = 0; i < s.logLen; i++) {
        if (names.get(s.logCapture[i]).equals(name)) {
          int mi = s.logMention[i];
          list.add(new Capture(s.logStart[i], s.logEnd[i], mi < 0 ? null : mentions.get(mi)));
        }
      }
      if (!list.isEmpty()) {
        // The log is in completion order; a capture nested in another completes first.
        list.sort(Comparator.comparingInt(Capture::start));
        captures.put(name, list);
      }
    }
    return new Match(start, stop, captures);
  }
}
