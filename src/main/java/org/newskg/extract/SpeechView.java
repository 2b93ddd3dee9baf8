package org.newskg.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * Another reading of a sentence for the attribution rules, made when the sentence as written
 * gave none. Reported speech in news is written in many orders; rather than every rule spelling
 * out each, the sentence is rewritten into the order the rules know:
 *
 * <ul>
 *   <li><b>quote marks dropped</b>: a partial quotation inside reported speech — {@code said
 *       Pakistan had "nothing to do" with the attack} — reads as plain words;
 *   <li><b>speaker first</b>: {@code Rebels shelled the town overnight, the ministry said on
 *       Sunday.} (or {@code …, according to the ministry}, {@code According to the ministry, …}) and {@code "We hold Russia responsible," Rhodes said.} read as {@code the
 *       ministry said Rebels shelled the town overnight} and {@code Rhodes hold Russia
 *       said Rhodes hold Russia responsible} (a quotation's leading "we", "I", "our fighters" is
 *       its speaker). Only attributions made by that speaker are taken from such a view.
 * </ul>
 *
 * <p>Tokens keep their character offsets, so evidence still points into the real sentence; each
 * view mention maps back to the sentence's own mention, which is what actors and strikes are
 * resolved against.
 *
 * @param sentence the rewritten sentence (tokens re-indexed; not in text order when inverted)
 * @param original each mention of the view, by identity, to the mention it copies
 * @param speaker the sentence's own mention of the speaker put first, whose attributions alone
 *     count; null when any attributor may
 */
record SpeechView(AnnotatedSentence sentence, Map<Mention, Mention> original, Mention speaker, Kind kind) {
  /** How a view was made: which rules run over it and who its attributor is. */
  enum Kind {
    /** The sentence itself, or its words without quote marks: any attributor. */
    LITERAL,
    /** Speaker put first; only the speaker's attributions count. */
    SPEAKER_FIRST,
    /** Only what the speaker reports ("X said CLAUSE" → CLAUSE), read by the rules of the article's own voice with the speaker as attributor. */
    REPORTED,
    /** As {@link #REPORTED}, but the speaker suspects or believes it ("X suspected that …", "said it was likely that …"). */
    REPORTED_HEDGED
  }

  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i");
  private static final Set<String> FIRST_PERSON_POSSESSIVE = Set.of("our", "my");
  /** Words allowed between a post-posed speaker and its verb: "the ministry later said". */
  private static final Set<String> BEFORE_VERB = Set.of("also", "later", "then", "has", "had", "have", "was", "were", "quoted", "as");
  private static final int MAX_TAIL = 10;
  /** In a reading's token order, the place of its speech verb (which may be "according to" read as "said"). */
  private static final int VERB = -1;
  private static final Set<String> SAID_CLASSES = Set.of("say", "speech");
  /** Reporting verbs whose clause is not what the speaker holds true. */
  private static final Set<String> NOT_REPORTING = Set.of("according", "quoted", "asked", "denied", "warned", "warns", "warning",
      "threatened", "vowed", "vows", "pledged", "promised", "urged", "called", "feared", "fears");
  /** First words of what is no reported statement: "said whether …", "asked to …", "explained how …". */
  private static final Set<String> NOT_A_CLAUSE = Set.of("whether", "if", "to", "what", "how", "why", "when");
  /** Words that may stand between a speaker and its verb: "the ministry on Friday also said". */
  private static final int MAX_BEFORE_VERB = 4;

  /** The views worth trying for {@code s}, most literal first; empty when there are none. */
  static List<SpeechView> of(AnnotatedSentence s) {
    List<SpeechView> out = new ArrayList<>(2);
    SpeechView unquoted = unquoted(s);
    if (unquoted != null) {
      out.add(unquoted);
    }
    SpeechView base = unquoted != null ? unquoted : identity(s);
    SpeechView inverted = speakerFirst(base);
    if (inverted != null) {
      out.add(inverted);
    }
    return out;
  }

  /**
   * The clauses of {@code s} (or of its speaker-first reading) that someone reports — "X said
   * (that) CLAUSE", "X told Y that CLAUSE", "X believes CLAUSE" — each as a view of the clause
   * alone whose speaker is X. The rules of the article's own voice ("Y carried out Z", "Z was
   * carried out by Y") read it, and what they find is X's attribution, not the article's.
   */
  static List<SpeechView> reportedClauses(AnnotatedSentence s, List<SpeechView> views) {
    List<SpeechView> out = new ArrayList<>(2);
    // The words without quote marks when there are any: 'said NATO had "flagrantly" attacked'.
    SpeechView literal = views.stream().filter(v -> v.kind() == Kind.LITERAL).findFirst().orElse(null);
    reported(literal != null ? literal : identity(s), out);
    for (SpeechView v : views) {
      if (v.kind() == Kind.SPEAKER_FIRST) {
        reported(v, out);
      }
    }
    return out;
  }

  boolean reported() {
    return kind == Kind.REPORTED || kind == Kind.REPORTED_HEDGED;
  }

  private static void reported(SpeechView base, List<SpeechView> out) {
    AnnotatedSentence s = base.sentence();
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    for (Mention speaker : s.mentions()) {
      if (!speaker.type().equals("ACTOR") || "demonym".equals(speaker.kind())) {
        continue;
      }
      int cue = verbAfter(tokens, speaker.end());
      if (cue < 0 || negated(tokens, cue)) {
        continue;
      }
      boolean hedged = tokens.get(cue).is("believe");
      int from = cue + 1;
      // "told the Knesset in Jerusalem that …", "said on Friday that …", "said it was likely that …",
      // "said in a statement broadcast on its television station that …" (a comma ends the search)
      for (int k = from; k < n && k - from <= 12; k++) {
        Token t = tokens.get(k);
        if (t.is("say") || t.is("speech") || t.lower().equals(";") || QUOTE_MARKS.contains(t.text())
            || k - from > 6 && t.lower().equals(",")) {
          break;
        }
        if (t.lower().equals("that") || t.lower().equals(":")) { // "said that …", "said in a statement: …"
          for (int h = from; h < k; h++) {
            hedged |= tokens.get(h).is("hedge") || tokens.get(h).is("believe");
          }
          from = k + 1;
          break;
        }
      }
      Kind kind = hedged ? Kind.REPORTED_HEDGED : Kind.REPORTED;
      if (from < n && FIRST_PERSON.contains(tokens.get(from).lower()) && n - from > 3) {
        // 'The Houthis said: "We targeted the base"': the quotation's "we" is its speaker
        List<Integer> order = new ArrayList<>();
        for (int i = speaker.start(); i < speaker.end(); i++) {
          order.add(i);
        }
        for (int i = from + 1, to = clauseEnd(tokens, from); i < to; i++) {
          order.add(i);
        }
        out.add(chained(base, order, null, speaker, kind));
        continue;
      }
      if (from >= n || NOT_A_CLAUSE.contains(tokens.get(from).lower())) {
        continue;
      }
      int to = clauseEnd(tokens, from);
      if (to - from < 3) {
        continue;
      }
      out.add(slice(base, from, to, base.toOriginal(speaker), kind));
    }
  }

  /** Where a reported clause starting at {@code from} ends: at a semicolon or the sentence's end. */
  private static int clauseEnd(List<Token> tokens, int from) {
    int to = from;
    while (to < tokens.size() && !tokens.get(to).lower().equals(";")) {
      to++;
    }
    return to;
  }

  /** Tokens {@code from} to {@code to} of {@code base} as a view; mentions wholly inside are kept. */
  private static SpeechView slice(SpeechView base, int from, int to, Mention speaker, Kind kind) {
    AnnotatedSentence s = base.sentence();
    List<Token> tokens = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Token t = s.tokens().get(i);
      tokens.add(new Token(i - from, t.text(), t.lower(), t.begin(), t.end(), t.classes()));
    }
    List<Mention> mentions = new ArrayList<>();
    Map<Mention, Mention> original = new IdentityHashMap<>();
    for (Mention m : s.mentions()) {
      if (m.start() >= from && m.end() <= to && !m.type().equals("QUOTE")) {
        Mention copy = new Mention(m.type(), m.kind(), m.start() - from, m.end() - from, m.value());
        mentions.add(copy);
        original.put(copy, base.toOriginal(m));
      }
    }
    AnnotatedSentence view = new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, mentions);
    return new SpeechView(view, original, speaker, kind);
  }

  /**
   * The speech verb of a speaker whose mention ends at {@code from}: right after it, after a few
   * words ("on Friday also", "has"), or after an apposition (", the head of …, said"); -1 if none.
   */
  private static int verbAfter(List<Token> tokens, int from) {
    int n = tokens.size();
    int k = from;
    if (k < n && tokens.get(k).lower().equals(",")) {
      int close = -1;
      for (int i = k + 1; i < n && i - k <= 14; i++) {
        Token t = tokens.get(i);
        if (i == k + 1 && t.is("say") && !NOT_REPORTING.contains(t.lower()) && !t.lower().endsWith("ing")) {
          return i; // "The head of the region, Dmytro Lunin, said …": the speaker is the apposition
        }
        if (t.is("say") || t.is("speech") || t.lower().equals(";") || QUOTE_MARKS.contains(t.text())) {
          break;
        }
        if (t.lower().equals(",")) {
          close = i;
          break;
        }
      }
      if (close < 0) {
        return -1;
      }
      k = close + 1;
    }
    for (int i = k; i < n && i - k <= MAX_BEFORE_VERB; i++) {
      Token t = tokens.get(i);
      if ((t.is("say") || t.is("believe")) && !NOT_REPORTING.contains(t.lower())) {
        return t.lower().endsWith("ing") && i > k ? -1 : i;
      }
      if (t.punct() && !t.lower().equals("'s") || t.is("speech") || t.is("actor") || t.is("pron_person") || t.is("pron_group")) {
        return -1; // but "the PKK's armed wing said": the group speaks through its wing
      }
    }
    return -1;
  }

  /** "did not say", "has never said", "would not confirm". */
  private static boolean negated(List<Token> tokens, int cue) {
    for (int i = cue - 1; i >= 0 && i >= cue - 2; i--) {
      if (tokens.get(i).is("neg")) {
        return true;
      }
    }
    return false;
  }

  /** The actual mention behind a mention of this view. */
  Mention toOriginal(Mention m) {
    Mention o = original.get(m);
    return o != null ? o : m;
  }

  private static SpeechView identity(AnnotatedSentence s) {
    Map<Mention, Mention> same = new IdentityHashMap<>();
    s.mentions().forEach(m -> same.put(m, m));
    return new SpeechView(s, same, null, Kind.LITERAL);
  }

  /** Without quotation marks and QUOTE mentions; null when the sentence has no quote marks. */
  private static SpeechView unquoted(AnnotatedSentence s) {
    List<Integer> keep = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (!QUOTE_MARKS.contains(t.text())) {
        keep.add(t.index());
      }
    }
    if (keep.size() == s.tokens().size() || keep.isEmpty()) {
      return null;
    }
    return build(s, keep, null, null);
  }

  /**
   * "CLAUSE, SPEAKER said TAIL." as "SPEAKER said CLAUSE"; null when the sentence does not end
   * that way.
   */
  private static SpeechView speakerFirst(SpeechView base) {
    AnnotatedSentence s = base.sentence();
    List<Token> tokens = s.tokens();
    int n = tokens.size();
    for (Mention speaker : s.mentions()) {
      if (!speaker.type().equals("ACTOR") || speaker.start() < 4 || !tokens.get(speaker.start() - 1).lower().equals(",")) {
        continue;
      }
      int verb = speaker.end();
      while (verb < n && verb - speaker.end() < 3 && BEFORE_VERB.contains(tokens.get(verb).lower())) {
        verb++;
      }
      if (verb >= n || !isSayVerb(tokens.get(verb)) || !shortTail(tokens, verb + 1)) {
        continue;
      }
      return invert(base, afterDateline(tokens, speaker.start() - 1), speaker.start() - 1, speaker, tokens.get(verb));
    }
    // ", said the ministry."
    for (int c = 3; c + 2 < n; c++) {
      if (tokens.get(c).lower().equals(",") && isSayVerb(tokens.get(c + 1))) {
        for (Mention speaker : s.mentionsAt("ACTOR", c + 2)) {
          // ", said it had carried out": a pronoun after the verb begins its clause; it is no speaker
          if (shortTail(tokens, speaker.end()) && !(speaker.length() == 1 && (tokens.get(speaker.start()).is("pron_group") || tokens.get(speaker.start()).is("pron_person")))) {
            return invert(base, afterDateline(tokens, c), c, speaker, tokens.get(c + 1));
          }
        }
      }
    }
    // "…, according to the ministry." and "According to the ministry, …"
    for (int c = 0; c + 2 < n; c++) {
      if (!tokens.get(c).lower().equals("according") || !tokens.get(c + 1).lower().equals("to")) {
        continue;
      }
      Token said = new Token(0, tokens.get(c).text(), "said", tokens.get(c).begin(), tokens.get(c + 1).end(), SAID_CLASSES);
      for (Mention speaker : s.mentionsAt("ACTOR", c + 2)) {
        if (c >= 4 && tokens.get(c - 1).lower().equals(",") && shortTail(tokens, speaker.end())) {
          return invert(base, afterDateline(tokens, c - 1), c - 1, speaker, said);
        }
        if (c == 0 && speaker.end() + 3 < n && tokens.get(speaker.end()).lower().equals(",")) {
          return invert(base, speaker.end() + 1, n, speaker, said);
        }
      }
    }
    return null;
  }

  private static boolean isSayVerb(Token t) {
    return t.is("say") && !t.lower().endsWith("ing");
  }

  /**
   * What follows the speech verb from {@code from} is a short tail — "on Sunday", "in a
   * statement" — up to the end or to a comma after which an adjunct may run on ("…, the army said,
   * sending people into shelters").
   */
  private static boolean shortTail(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.lower().equals(",") || t.lower().equals(";")) {
        return true;
      }
      if (i - from >= MAX_TAIL || t.lower().equals("that") || t.is("say") && !t.lower().equals("quoted")) {
        return false;
      }
    }
    return true;
  }

  /** Where the clause starts after a dateline ("JERUSALEM, Oct 1 (Reuters) - Iran fired …"), else 0. */
  private static int afterDateline(List<Token> tokens, int to) {
    if (to == 0 || !isAllCaps(tokens.get(0).text())) {
      return 0;
    }
    for (int i = 1; i < Math.min(to - 2, 14); i++) {
      String l = tokens.get(i).lower();
      if (l.equals("-") || l.equals("—") || l.equals("–") || l.equals(":")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean isAllCaps(String s) {
    return s.length() > 1 && s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
        && s.codePoints().anyMatch(Character::isLetter);
  }

  private static SpeechView invert(SpeechView base, int clauseFrom, int clauseTo, Mention speaker, Token verb) {
    AnnotatedSentence s = base.sentence();
    List<Integer> order = new ArrayList<>();
    for (int i = speaker.start(); i < speaker.end(); i++) {
      order.add(i);
    }
    order.add(VERB);
    int from = clauseFrom;
    String first = s.tokens().get(from).lower();
    if (clauseTo - from > 3 && (FIRST_PERSON.contains(first) || FIRST_PERSON_POSSESSIVE.contains(first))) {
      // "We hold Russia responsible," Rhodes said → Rhodes said Rhodes hold Russia responsible;
      // "Our fighters struck the base," he said → he said he struck the base.
      from += FIRST_PERSON.contains(first) ? 1 : 2;
      for (int i = speaker.start(); i < speaker.end(); i++) {
        order.add(i);
      }
    }
    for (int i = from; i < clauseTo; i++) {
      order.add(i);
    }
    if (clauseTo - from < 3) {
      return null;
    }
    return chained(base, order, verb, speaker, Kind.SPEAKER_FIRST);
  }

  /**
   * The reading made of {@code base}'s tokens at {@code order} (see {@link #build}), its mentions
   * mapped through {@code base} back to the real sentence's.
   */
  private static SpeechView chained(SpeechView base, List<Integer> order, Token verb, Mention speaker, Kind kind) {
    SpeechView v = build(base.sentence(), order, verb, base.toOriginal(speaker));
    Map<Mention, Mention> back = new IdentityHashMap<>();
    v.original().forEach((viewMention, baseMention) -> back.put(viewMention, base.toOriginal(baseMention)));
    return new SpeechView(v.sentence(), back, v.speaker(), kind);
  }

  /**
   * The sentence made of {@code s}'s tokens at {@code order} (a token may appear twice), with a
   * copy of every mention wherever all its kept tokens appear together, in order.
   */
  private static SpeechView build(AnnotatedSentence s, List<Integer> order, Token verb, Mention speaker) {
    boolean[] kept = new boolean[s.tokens().size()];
    List<Token> tokens = new ArrayList<>(order.size());
    for (int k = 0; k < order.size(); k++) {
      int i = order.get(k);
      Token t = i == VERB ? verb : s.tokens().get(i);
      if (i != VERB) {
        kept[i] = true;
      }
      tokens.add(new Token(k, t.text(), t.lower(), t.begin(), t.end(), t.classes()));
    }
    List<Mention> mentions = new ArrayList<>();
    Map<Mention, Mention> original = new IdentityHashMap<>();
    for (Mention m : s.mentions()) {
      if (m.type().equals("QUOTE")) {
        continue;
      }
      List<Integer> own = new ArrayList<>();
      for (int i = m.start(); i < m.end(); i++) {
        if (kept[i]) {
          own.add(i); // a dropped quote mark inside the mention is skipped
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      for (int k = 0; k + own.size() <= order.size(); k++) {
        if (order.subList(k, k + own.size()).equals(own)) {
          Mention copy = new Mention(m.type(), m.kind(), k, k + own.size(), m.value());
          mentions.add(copy);
          original.put(copy, m);
        }
      }
    }
    AnnotatedSentence view = new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, mentions);
    return new SpeechView(view, original, speaker, Kind.LITERAL);
  }
}
