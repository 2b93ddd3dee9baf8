package org.newskg.extract;

import java.util.ArrayList;
import java.util.Collections;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.facts.Actor;
import org.newskg.facts.ActorKind;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.facts.Attribution;
import org.newskg.facts.Certainty;
import org.newskg.facts.SentenceRef;
import org.newskg.facts.Span;
import org.newskg.facts.Stance;
import org.newskg.facts.Statement;
import org.newskg.facts.Strike;
import org.newskg.rules.Capture;
import org.newskg.rules.Match;
import org.newskg.rules.Rule;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;
import org.newskg.text.TokenClasses;

/**
 * Extraction of one article, sentence by sentence: actor rules add composite actors, then the
 * fact rules (in priority order) make attributions, quotes and statements. Holds the article's
 * state; one instance per article, never shared.
 */
final class ArticleRun {
  private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("[a-z-]+");
  private static final java.util.Set<String> NOT_MODIFIERS = java.util.Set.of(
      "and", "or", "but", "while", "has", "have", "had", "was", "were", "is", "are", "also", "then", "which", "who", "that");
  private static final java.util.Set<String> TOLD = java.util.Set.of("told", "tells", "tell", "telling", "informed", "briefed", "assured");
  private static final java.util.Set<String> CONTRAST_WORDS = java.util.Set.of("but", "while", "although", "though", "yet");
  private final Rulebook book;
  private final Trace trace;
  private final ArticleMeta meta;
  private final ActorBook actors;
  /** Abbreviations the article defined in brackets after an actor's name, to that actor. */
  private final Map<String, Actor> abbreviations = new HashMap<>();
  private final StrikeBook strikes;
  private final List<SentenceRef> sentences = new ArrayList<>();
  private final List<Statement> statements = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final Set<String> attributionKeys = new HashSet<>();
  /** The reading being tried (see {@link #reread}) and the sentence it rereads; null otherwise. */
  private SpeechView view;
  private AnnotatedSentence viewOf;
  /** attributor|strike|perpetrator of what the speaker-first reading of this sentence gave. */
  private final Set<String> saidByView = new HashSet<>();
  /** attributor|strike|perpetrator of every attribution made so far in the article. */
  private final Set<String> attributedWho = new HashSet<>();
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("from", "in", "near", "inside", "into", "across", "over", "toward", "towards", "within", "outside");
  private Actor lastQuoteSpeaker;
  private int lastQuoteSentence = -10;

  ArticleRun(Rulebook book, Trace trace, ArticleMeta meta) {
    this.book = book;
    this.trace = trace;
    this.meta = meta;
    this.actors = new ActorBook(book.gazetteer(), Slugs.article(meta.name()));
    this.strikes = new StrikeBook(book.gazetteer(), meta.date());
  }

  Actor publisher() {
    // A byline names the article's voice only when it is an outlet ("By AFP"); a reporter's name
    // is not who asserts: the article does.
    String author = meta.author() == null || meta.author().startsWith("?") ? meta.author() : "?" + meta.author();
    return actors.publisher(meta.publisher() != null ? meta.publisher() : author);
  }

  void sentence(AnnotatedSentence s0) {
    AnnotatedSentence s = actorRules(s0);
    SentenceRef ref = new SentenceRef(s.index(), s.text(), new Span(s.begin(), s.end()));
    sentences.add(ref);
    trace.sentence(s);
    strikes.add(s, ref);
    Set<Integer> claimedCues = new HashSet<>();
    Set<Mention> quoted = Collections.newSetFromMap(new IdentityHashMap<>());
    int attributionsBefore = attributions.size();
    List<SpeechView> views = SpeechView.of(s);
    // "CLAUSE, the ministry said": the clause read with its speaker first is the fuller reading,
    // so it goes first, and the sentence as written adds only what it did not say.
    saidByView.clear();
    views.stream().filter(v -> v.speaker() != null).forEach(v -> reread(v, s, ref));
    for (Rule r : book.sentenceRules()) { // not the rules of reported clauses: they read only what someone says
      if (!r.pattern().couldMatch(s)) {
        continue;
      }
      // Attribution rules try every start: a leftmost match whose attributor turns out to be a
      // place ("in Afghanistan, known as …") must not hide the right one further on.
      List<Match> matches = r.type().equals("attribution") ? r.pattern().matcher(s).findEvery() : r.pattern().matcher(s).findAll();
      for (Match m : matches) {
        String outcome =
            switch (r.type()) {
              case "attribution" -> attributions(r, m, s, ref, claimedCues);
              case "quote" -> quote(r, m, s, ref, quoted);
              default -> statement(r, m, s, ref);
            };
        trace.fired(r, m, s, outcome);
      }
    }
    if (attributions.size() == attributionsBefore) {
      // A partial quotation may hide reported speech: read the words without their marks.
      views.stream().filter(v -> v.speaker() == null).findFirst().ifPresent(v -> reread(v, s, ref));
    }
    // "X said (that) CLAUSE": what the article-voice rules find in CLAUSE, X attributes.
    for (SpeechView clause : SpeechView.reportedClauses(s, views)) {
      reread(clause, s, ref);
    }
    continuedQuotes(s, ref, quoted);
    rememberActors(s);
  }

  /** Runs the attribution rules over another reading of {@code s} (see {@link SpeechView}). */
  private void reread(SpeechView v, AnnotatedSentence s, SentenceRef ref) {
    view = v;
    viewOf = s;
    try {
      Set<Integer> claimedCues = new HashSet<>();
      // A reported clause is read by the rules of the article's own voice and of clauses; other views by the rest.
      for (Rule r : v.reported() ? book.clauseRules() : book.rereadRules()) {
        if (!r.pattern().couldMatch(v.sentence())) {
          continue;
        }
        for (Match m : r.pattern().matcher(v.sentence()).findEvery()) {
          trace.fired(r, m, v.sentence(), "(reread) " + attributions(r, m, v.sentence(), ref, claimedCues));
        }
      }
    } finally {
      view = null;
      viewOf = null;
    }
  }

  /** Whether the reading being tried is a clause someone reports (see {@link SpeechView#reportedClauses}). */
  private boolean inReportedClause() {
    return view != null && view.reported();
  }

  /** The mention of the sentence itself behind a mention of the reading being tried. */
  private Mention real(Mention m) {
    return view == null || m == null ? m : view.toOriginal(m);
  }

  /** The sentence itself, for {@code s} that may be a rereading of it. */
  private AnnotatedSentence real(AnnotatedSentence s) {
    return view != null && s == view.sentence() ? viewOf : s;
  }

  /** Every actor named in the sentence becomes a candidate antecedent for later back-references. */
  private void rememberActors(AnnotatedSentence s) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("ACTOR") && (!"anaphor".equals(m.kind())
          || m.value() instanceof MentionValues.Anaphor an && an.type().startsWith("person:"))) {
        Actor a = actors.resolve(m, s, null);
        String abbreviation = bracketedAbbreviation(s, m);
        if (a != null && abbreviation != null) {
          abbreviations.putIfAbsent(abbreviation, a);
        }
      }
    }
  }

  /** "ADF" of "the Allied Democratic Forces (ADF)" (see {@link #withAbbreviations}), else null. */
  private static String bracketedAbbreviation(AnnotatedSentence s, Mention m) {
    List<Token> t = s.tokens();
    if (m.length() < 4 || !t.get(m.end() - 1).lower().equals(")") || !t.get(m.end() - 3).lower().equals("(")) {
      return null;
    }
    String abbreviation = t.get(m.end() - 2).text();
    return abbreviation.length() >= 2 && Character.isUpperCase(abbreviation.codePointAt(0)) ? abbreviation : null;
  }

  ArticleFacts facts() {
    Actor voice = publisher();
    boolean known = !voice.label().equals("the article");
    ArticleMeta meta = new ArticleMeta(this.meta.name(), this.meta.title(), known ? voice.label() : null,
        this.meta.author() != null && this.meta.author().startsWith("?") ? null : this.meta.author(),
        this.meta.date(), this.meta.url());
    SurnameMerge merge = new SurnameMerge(actors.actors());
    if (!merge.isEmpty()) {
      return new ArticleFacts(meta, sentences, merge.actors(actors.actors()), strikes.locations(), strikes.strikes(),
          merge.statements(statements), merge.attributions(attributions));
    }
    return new ArticleFacts(meta, sentences, actors.actors(), strikes.locations(), strikes.strikes(), statements, attributions);
  }

  // ---- stage 1: actors -------------------------------------------------------------------------

  private AnnotatedSentence actorRules(AnnotatedSentence s) {
    return markActorTokens(withAbbreviations(composites(markActorTokens(surnames(s)))));
  }

  /**
   * "the Syrian Democratic Forces (SDF)": the abbreviation in brackets becomes part of the
   * actor's mention, so that rules see one actor and what follows it, not a stray second one.
   */
  private static AnnotatedSentence withAbbreviations(AnnotatedSentence s) {
    List<Token> t = s.tokens();
    List<Mention> out = new ArrayList<>(s.mentions());
    boolean changed = false;
    for (Mention m : s.mentions()) {
      int e = m.end();
      if (!m.type().equals("ACTOR") || "anaphor".equals(m.kind()) || e + 2 >= t.size() || !t.get(e).lower().equals("(")
          || !t.get(e + 2).lower().equals(")") || !t.get(e + 1).capitalized()) {
        continue;
      }
      out.removeIf(o -> o.start() > m.start() && o.start() >= e && o.end() <= e + 3 || o == m);
      out.add(new Mention(m.type(), m.kind(), m.start(), e + 3, m.value()));
      changed = true;
    }
    return changed ? new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), t, out) : s;
  }

  /**
   * "Shukr", "Netanyahu": a capitalised word that is the surname of a person named earlier; "ADF":
   * the abbreviation the article gave in brackets after a name ("Allied Democratic Forces (ADF)").
   */
  private AnnotatedSentence surnames(AnnotatedSentence s) {
    List<Mention> added = null;
    for (Token t : s.tokens()) {
      if (!t.capitalized() || t.text().length() < 3 || insideActor(s, t.index())) {
        continue;
      }
      Actor known = actors.personBySurname(t.text());
      Actor abbreviated = known == null ? abbreviations.get(t.text()) : null;
      if (known != null || abbreviated != null) {
        if (added == null) {
          added = new ArrayList<>(s.mentions());
        }
        Actor a = known != null ? known : abbreviated;
        added.add(new Mention("ACTOR", a.kind().id(), t.index(), t.index() + 1, new MentionValues.Known(a)));
      }
    }
    return added == null ? s : new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), added);
  }

  private static boolean insideActor(AnnotatedSentence s, int token) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("ACTOR") && m.start() <= token && token < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** Words inside an actor mention get class "actor", so a rule's gap can refuse to skip an actor. */
  private static AnnotatedSentence markActorTokens(AnnotatedSentence s) {
    List<Token> tokens = new ArrayList<>(s.tokens());
    for (Mention m : s.mentions()) {
      if (m.type().equals("ACTOR")) {
        for (int i = m.start(); i < m.end(); i++) {
          Token t = tokens.get(i);
          if (!t.is("actor")) {
            tokens.set(i, new Token(t.index(), t.text(), t.lower(), t.begin(), t.end(),
                TokenClasses.of(t.classes()).with("actor")));
          }
        }
      }
    }
    return new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.mentions());
  }

  private AnnotatedSentence composites(AnnotatedSentence s) {
    List<Mention> added = new ArrayList<>();
    for (Rule r : book.actorRules()) {
      if (!r.pattern().couldMatch(s)) {
        continue;
      }
      List<Match> ms = r.pattern().matcher(s).findAll();
      if (ms.isEmpty()) {
        continue;
      }
      List<Mention> mentions = new ArrayList<>(s.mentions());
      for (Match m : ms) {
        if (coveredBy(added, m.start(), m.end())) {
          continue; // an earlier (higher-priority) actor rule already made this actor
        }
        Capture span = r.param("span") == null ? null : m.capture(r.param("span").strip());
        int from = span != null ? span.start() : m.start();
        int to = span != null ? span.end() : m.end();
        if (coveredBy(added, from, to)) {
          continue;
        }
        Mention made = new Mention("ACTOR", r.param("kind").strip(), from, to,
            new MentionValues.Composite(r, ActorKind.parse(r.param("kind")), m, s.index()));
        mentions.add(made);
        added.add(made);
        trace.fired(r, m, s, "actor " + r.param("kind").strip());
      }
      s = new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), mentions);
    }
    if (added.isEmpty()) {
      return s;
    }
    // Drop actors nested inside a composite: "Pentagon" inside "Pentagon spokesman Sean Robertson".
    List<Mention> kept = new ArrayList<>();
    for (Mention m : s.mentions()) {
      boolean nested = false;
      if (m.type().equals("ACTOR")) {
        for (Mention c : added) {
          if (c != m && c.start() <= m.start() && m.end() <= c.end() && c.length() > m.length()) {
            nested = true;
            break;
          }
        }
      }
      if (!nested) {
        kept.add(m);
      }
    }
    return new AnnotatedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), kept);
  }

  private static boolean coveredBy(List<Mention> ms, int start, int end) {
    for (Mention m : ms) {
      if (m.start() <= start && end <= m.end()) {
        return true;
      }
    }
    return false;
  }

  // ---- stage 2: facts --------------------------------------------------------------------------

  /** One match may name several attributors ("Saudi Arabia, Qatar and Jordan condemned …"). */
  private String attributions(Rule r, Match m, AnnotatedSentence s, SentenceRef ref, Set<Integer> claimedCues) {
    List<Capture> all = m.captures("attributor");
    if (all.size() <= 1) {
      return attribution(r, m, s, ref, claimedCues, all.isEmpty() ? null : all.get(0));
    }
    List<String> outcomes = new ArrayList<>();
    Set<Integer> cuesOfThisMatch = new HashSet<>(claimedCues);
    for (Capture a : all) {
      Set<Integer> cues = new HashSet<>(cuesOfThisMatch); // the shared cue serves every attributor
      outcomes.add(attribution(r, m, s, ref, cues, a));
      claimedCues.addAll(cues);
    }
    return String.join("; ", outcomes);
  }

  private String attribution(Rule r, Match m, AnnotatedSentence s, SentenceRef ref, Set<Integer> claimedCues, Capture attributorCapture) {
    Capture cue = m.capture("cue");
    for (int i = cue.start(); i < cue.end(); i++) {
      if (claimedCues.contains(i)) {
        return "skipped: its cue \"" + cue.text(s) + "\" was taken by an earlier rule";
      }
    }
    Actor attributor;
    if ("speaker".equals(r.param("voice"))) {
      attributor = actors.lastSpeaker(s.index(), 3);
      if (attributor == null) {
        attributor = publisher();
      }
    } else if (Rulebook.readsClauses(r)) {
      // In a reported clause the whole clause is the speaker's ("said its fighters had carried out
      // an attack and described it as …"): only a speech verb before the match reports another's.
      if (inReportedClause() ? speechBefore(s, m.start()) : inReportedSpeech(s, m.start(), cue)) {
        return "skipped: the sentence reports someone's words";
      }
      if (inReportedClause() && afterPreposition(viewOf, view.speaker().start())) {
        return "skipped: the speaker follows a preposition (\"refugees in Chad say\": a place, not who speaks)";
      }
      Capture first = m.captures("perpetrator").isEmpty() ? null : m.captures("perpetrator").get(0);
      if (first != null && first.start() == m.start() && first.start() > 0 && s.tokens().get(first.start() - 1).lower().equals("by")) {
        return "skipped: the perpetrator is the agent of a participle (\"tankers hijacked by the Taliban killed …\")";
      }
      attributor = inReportedClause() ? actors.resolve(view.speaker(), viewOf, null) : publisher();
    } else {
      Capture a = attributorCapture;
      if (a != null && a.start() > 0 && s.tokens().get(a.start() - 1).lower().equals("told")) {
        return "skipped: the attributor is who was told, not who told";
      }
      if (a != null && insideRelativeClause(s, a.start()) && commaBetween(s, a.end(), cue.start())) {
        return "skipped: the attributor is inside a relative clause (\"X, which Tehran says is backed by Y, claimed …\")";
      }
      if (a != null && afterPreposition(s, a.start()) && !(cue.end() == a.start())
          && !s.tokens().get(a.start() - 1).lower().equals("by") // "claimed by X": X is the agent
          && !relativeSubject(s, a.end())) { // "blamed on X, which denied involvement"
        return "skipped: the attributor follows a preposition (a place or an object, not a speaker)";
      }
      if (view != null && view.speaker() != null && (a == null || real(a.mention()) != view.speaker())) {
        return "skipped: in a rereading only the speaker attributes";
      }
      attributor = a == null || a.mention() == null ? null : actors.resolve(real(a.mention()), real(s), null);
    }
    if (attributor == null) {
      return "skipped: attributor not resolved";
    }
    Strike strike = null;
    Capture st = m.capture("strike");
    Mention strikeMention = st == null ? null : real(st.mention());
    if (strikeMention != null) {
      strike = strikes.resolve(strikeMention, real(s), ref);
    } else if ("fallback".equals(r.param("strike"))) {
      strike = strikes.latest();
    }
    if (strike == null) {
      return "skipped: no strike";
    }
    List<Actor> perpetrators = new ArrayList<>();
    boolean selfReference = false;
    for (Capture p : m.captures("perpetrator")) {
      if (p.mention() != null && p.mention().value() instanceof MentionValues.Anaphor an && an.type().startsWith("self")) {
        selfReference = true; // "its fighters", "his country": the speaker's own side
      }
      if (p.start() > 0 && PLACE_PREPOSITIONS.contains(s.tokens().get(p.start() - 1).lower())) {
        continue; // "missiles fired from Lebanon": a place, not who fired
      }
      if (isAddressee(s, p.start())) {
        continue; // "told the Knesset that Hezbollah …": who was told, not who did it
      }
      if (passiveSubject(s, p.end())) {
        continue; // "274 Palestinians were killed": who suffered it, not who did it
      }
      if (p.end() + 1 < s.tokens().size() && s.tokens().get(p.end()).lower().equals("-") && MODIFIER_PARTICIPLES.contains(s.tokens().get(p.end() + 1).lower())) {
        continue; // "the U.S.-led NATO", "Iran-backed militias": a modifier, not who did it
      }
      if (inReportedClause() && p.start() == 0 && p.mention() != null && p.mention().value() instanceof MentionValues.Anaphor an
          && (an.type().equals("it") || an.type().equals("group")) && attributor.kind() != ActorKind.PERSON
          && speakerOpensSentence()) {
        // "Hezbollah said in a statement … that it had fired rockets": the clause's "it" is the speaker
        selfReference = true;
        if (!perpetrators.contains(attributor)) {
          perpetrators.add(attributor);
        }
        continue;
      }
      if (inReportedClause() && p.mention() != null && p.mention().value() instanceof MentionValues.Anaphor an
          && !an.type().startsWith("self") && !an.type().startsWith("group:")) {
        continue; // in a reported clause "its forces" and "the coalition" are sure; "they" and "he" are anyone
      }
      Actor a = p.mention() == null ? null : actors.resolve(real(p.mention()), real(s), attributor);
      if (a != null && a.equals(attributor) && "anaphor".equals(p.mention().kind()) && attributorCapture != null
          && attributorCapture.mention() != null && real(p.mention()).start() < real(attributorCapture.mention()).start()) {
        continue; // "It has killed 2,600 people, according to ACLED": a pronoun never means a later speaker
      }
      if (a != null && a.kind() == ActorKind.MEDIA) {
        continue; // an outlet reports strikes; "they" resolved to one is a mis-resolution
      }
      if (a != null && !perpetrators.contains(a)) {
        perpetrators.add(a);
      }
    }
    if (perpetrators.isEmpty() && strikeMention != null) {
      for (Mention agent : ((MentionValues.StrikeNp) strikeMention.value()).agents()) {
        Actor a = actors.resolve(agent, real(s), attributor);
        if (a != null && !perpetrators.contains(a)) {
          perpetrators.add(a);
        }
      }
    }
    // Only a condemnation reaches back to how the strike was first described; coreference of
    // "the raid" is too loose to carry an actor into a plain assertion.
    if (perpetrators.isEmpty() && Stance.parse(r.param("stance")) == Stance.ACCUSES && strikes.agentOf(strike) != null) {
      // "condemned the strike": the strike whose first mention named its actor ("a US drone …")
      StrikeBook.Agent ag = strikes.agentOf(strike);
      Actor a = actors.resolve(ag.mention(), ag.sentence(), attributor);
      if (a != null) {
        perpetrators.add(a);
      }
    }
    if (perpetrators.isEmpty() && "self".equals(r.param("perpetrator"))) {
      perpetrators.add(attributor);
    }
    if (perpetrators.isEmpty()) {
      return "skipped: no perpetrator";
    }
    // A leader who "ordered the strike" or an official's "we" did it for the state or group they
    // speak for; a strike by "Israeli warplanes" or "Russian forces" is the state's.
    perpetrators.replaceAll(p -> (p.kind() == ActorKind.PERSON || p.kind() == ActorKind.UNNAMED_OFFICIAL) && p.speaksForKey() != null
        && actors.get(p.speaksForKey()) != null ? actors.get(p.speaksForKey()) : p);
    perpetrators.replaceAll(p -> p.kind() == ActorKind.MILITARY && p.country() != null && actors.get(p.country()) != null
        ? actors.get(p.country()) : p);
    for (int i = cue.start(); i < cue.end(); i++) {
      claimedCues.add(i);
    }
    Stance ruleStance = Stance.parse(r.param("stance"));
    Capture attributorCap = attributorCapture;
    // In a reported clause a hedge anywhere before the match's end is the speaker's ("said the
    // aircraft was most likely downed by a bomb planted by …").
    int scopeFrom = inReportedClause() ? 0 : cue.start();
    boolean hedged = false;
    boolean possible = false;
    if (!"ignore".equals(r.param("hedge"))) {
      for (int i = scopeFrom; i < m.end(); i++) {
        if (attributorCap != null && i >= attributorCap.start() && i < attributorCap.end()) {
          continue;
        }
        Token t = s.tokens().get(i);
        if (t.is("hedge") || (i < cue.end() && t.is("believe"))) {
          hedged = true;
          possible |= t.is("hedge_possible");
        }
      }
      hedged |= view != null && view.kind() == SpeechView.Kind.REPORTED_HEDGED;
    }
    Statement statement = null;
    if (r.param("voice") == null) {
      statement = addStatement(attributor, Labels.clean(s.textOf(cue.start(), m.end())), cue.text(s), false, ref,
          span(s, cue.start(), m.end()), r.name());
      actors.spoke(attributor, s.index());
    }
    List<String> made = new ArrayList<>();
    for (Actor perpetrator : perpetrators) {
      Stance stance = ruleStance;
      if (stance == Stance.ASSERTS && hedged) {
        stance = Stance.SUSPECTS;
      }
      if ("speaker".equals(r.param("voice")) && perpetrator.equals(attributor)) {
        continue; // "was blamed on X": the last speaker is not who blamed X when X is that speaker
      }
      boolean self = selfReference || actors.sameSide(attributor, perpetrator);
      // A ministry's or army's own strike, denial or rejection is its state's.
      if (self && stance != Stance.ACCUSES
          && (perpetrator.kind() == ActorKind.GOVERNMENT_BODY || perpetrator.kind() == ActorKind.MILITARY) && perpetrator.country() != null
          && actors.get(perpetrator.country()) != null) {
        perpetrator = actors.get(perpetrator.country());
      }
      if ((stance == Stance.ASSERTS || stance == Stance.SUSPECTS) && self) {
        stance = Stance.CLAIMS_RESPONSIBILITY;
      }
      if (stance == Stance.ACCUSES && self) {
        continue; // nobody accuses themselves: a mis-resolved actor
      }
      Certainty certainty = certainty(r, stance, hedged, possible);
      String who = attributor.key() + "|" + strike.key() + "|" + perpetrator.key();
      if (inReportedClause() && attributedWho.contains(who)) {
        continue; // the sentence's own rules already said it, with the stance of their verb
      } else if (view != null && view.speaker() != null) {
        saidByView.add(who);
      } else if (saidByView.contains(who)) {
        continue; // the speaker-first reading already gave this attribution its stance
      }
      String dedup = who + "|" + stance;
      if (!attributionKeys.add(dedup)) {
        continue;
      }
      attributedWho.add(who);
      attributions.add(new Attribution("attribution-" + (attributions.size() + 1), attributor.key(), strike.key(),
          perpetrator.key(), stance, certainty, ref, statement == null ? null : statement.key(), r.name()));
      made.add(attributor.label() + " " + stance.id() + " " + perpetrator.label() + " (" + certainty.id() + ") for " + strike.label());
    }
    return made.isEmpty() ? "nothing new" : String.join("; ", made);
  }

  private static boolean isAddressee(AnnotatedSentence s, int start) {
    int k = start - 1;
    if (k >= 0 && s.tokens().get(k).is("det")) {
      k--;
    }
    return k >= 0 && TOLD.contains(s.tokens().get(k).lower());
  }

  private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");
  /** Nouns after which "of X" names who speaks ("the armed wing of X said"). */
  private static final Set<String> PART_OF = Set.of("wing", "name", "behalf", "leader", "leaders", "leadership", "head", "chief",
      "spokesman", "spokeswoman", "spokesperson", "member", "members", "commander", "commanders", "office", "branch", "faction",
      "arm", "representative", "representatives", "official", "officials", "command", "council");
  private static final Set<String> MODIFIER_PARTICIPLES =
      Set.of("led", "backed", "aligned", "allied", "based", "supported", "funded", "sponsored", "trained", "linked", "affiliated", "controlled", "held");

  /**
   * Whether the actor at {@code start} stands in a relative clause (", which Tehran says is backed
   * by Saudi Arabia, claimed …"); with the verb after the clause's closing comma, it says nothing.
   */
  private static boolean insideRelativeClause(AnnotatedSentence s, int start) {
    for (int k = start - 1; k > 0; k--) {
      String l = s.tokens().get(k).lower();
      if (l.equals(",") || l.equals(";")) {
        return false;
      }
      if (RELATIVE.contains(l) && s.tokens().get(k - 1).lower().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** "The statement came from X": the rule's own cue introduces the speaker. */
  private static boolean cueRightBefore(Match m, Capture speaker) {
    Capture cue = m.capture("cue");
    return cue != null && cue.end() >= speaker.start() - 1 && cue.end() <= speaker.start();
  }

  /** "… meeting in Germany, said": an actor right after a place preposition is where, not who. */
  private static boolean inPlace(AnnotatedSentence s, int start) {
    int k = start - 1;
    if (k >= 0 && s.tokens().get(k).lower().equals("the")) {
      k--;
    }
    return k >= 0 && (PLACE_PREPOSITIONS.contains(s.tokens().get(k).lower()) || s.tokens().get(k).lower().equals("at"));
  }

  private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "been", "being", "had", "has", "have", "be");
  private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");
  private static final Set<String> SUFFERED = Set.of("killed", "injured", "wounded", "hit", "struck", "targeted", "attacked", "bombed",
      "shelled", "arrested", "detained", "captured", "kidnapped", "abducted", "executed", "buried", "evacuated");

  /** Whether the words after an actor make it the subject of a passive verb of suffering. */
  private static boolean passiveSubject(AnnotatedSentence s, int end) {
    int k = end;
    boolean be = false;
    while (k < s.tokens().size() && k - end < 3 && AUXILIARIES.contains(s.tokens().get(k).lower())) {
      be |= BE.contains(s.tokens().get(k).lower());
      k++;
    }
    return be && k < s.tokens().size() && SUFFERED.contains(s.tokens().get(k).lower());
  }

  /** The reported clause's speaker is the sentence's first actor: its subject, not a name in an apposition. */
  private boolean speakerOpensSentence() {
    for (Mention m : viewOf.mentions()) {
      if (m.type().equals("ACTOR") && !"demonym".equals(m.kind()) && m.start() < view.speaker().start()) {
        return false;
      }
    }
    return true;
  }

  /** ", which" / ", who" right after the actor: the actor is the subject of the relative clause. */
  private static boolean relativeSubject(AnnotatedSentence s, int actorEnd) {
    List<Token> t = s.tokens();
    return actorEnd + 1 < t.size() && t.get(actorEnd).lower().equals(",")
        && (t.get(actorEnd + 1).lower().equals("which") || t.get(actorEnd + 1).lower().equals("who"));
  }

  private static boolean commaBetween(AnnotatedSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.tokens().get(k).lower().equals(",")) {
        return true;
      }
    }
    return false;
  }

  private static Span span(AnnotatedSentence s, int start, int end) {
    int[] chars = s.charSpan(start, end);
    return new Span(chars[0], chars[1]);
  }

  /** "in Afghanistan", "a proxy of the banned Lashkar-e-Taiba": an object, never a speaker. */
  private static boolean afterPreposition(AnnotatedSentence s, int start) {
    for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
      Token t = s.tokens().get(k);
      if (t.is("prep") && (k == start - 1 || !t.capitalized())) { // "At first the army …" is no object
        // "the military wing of the PKK said", "in the name of X said": a part speaks for the whole
        return !(t.lower().equals("of") && k > 0 && PART_OF.contains(s.tokens().get(k - 1).lower()));
      }
      boolean modifier = !t.punct() && !t.capitalized() && !t.is("speech") && !t.is("say") && (k == start - 1 || LOWER_WORD.matcher(t.lower()).matches())
          && !NOT_MODIFIERS.contains(t.lower());
      if (!modifier) {
        return false;
      }
    }
    return false;
  }

  private static Certainty certainty(Rule r, Stance stance, boolean hedged, boolean possible) {
    if (r.param("certainty") != null) {
      return Certainty.parse(r.param("certainty"));
    }
    if (stance == Stance.NEITHER_CONFIRMS_NOR_DENIES) {
      return Certainty.UNKNOWN;
    }
    if (hedged) {
      return possible ? Certainty.POSSIBLE : Certainty.LIKELY;
    }
    return Certainty.CONFIRMED;
  }

  /** A word that makes what follows someone's words: a reporting verb ("said", "believes", "denied", "blamed"). */
  private static boolean reportsWords(Token t) {
    return t.is("say") && !t.lower().equals("according") || t.is("believe") || t.is("deny") || t.is("accuse") || t.is("blame");
  }

  /** Whether a reporting word stands anywhere before {@code start} (in a reported clause's own words). */
  private static boolean speechBefore(AnnotatedSentence s, int start) {
    for (int i = 0; i < start; i++) {
      if (reportsWords(s.tokens().get(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when a speech verb before {@code start} makes the rest of the sentence someone's words. */
  private static boolean inReportedSpeech(AnnotatedSentence s, int start, Capture cue) {
    for (Mention m : s.mentions()) {
      if (m.type().equals("QUOTE") && m.start() <= start && start < m.end()) {
        return true;
      }
    }
    // Only this clause counts: in "No group claimed responsibility, but the bombings bore the
    // hallmarks of X" the first clause's verb reports nothing about the second.
    int clauseStart = 0;
    for (int i = start - 1; i > 0; i--) {
      String l = s.tokens().get(i).lower();
      if (l.equals(";") || l.equals(",") && i + 1 < s.tokens().size() && CONTRAST_WORDS.contains(s.tokens().get(i + 1).lower())) {
        clauseStart = i + 1;
        break;
      }
    }
    for (Token t : s.tokens()) {
      if (t.index() < clauseStart) {
        continue;
      }
      if (t.index() >= cue.start() && t.index() < cue.end()) {
        continue; // the rule's own cue ("is believed to be behind") is not someone else's words
      }
      if (t.index() > 0 && s.tokens().get(t.index() - 1).is("neg")) {
        continue; // "although it has not confirmed its role" reports nobody's words
      }
      if (reportsWords(t)) {
        return true;
      }
    }
    return false;
  }

  private String quote(Rule r, Match m, AnnotatedSentence s, SentenceRef ref, Set<Mention> quoted) {
    Capture sp = m.capture("speaker");
    if (sp != null && inPlace(s, sp.start()) && !cueRightBefore(m, sp)) {
      return "skipped: the speaker is a place (\"leaders meeting in Germany said\")";
    }
    Actor speaker = sp == null || sp.mention() == null ? null : actors.resolve(sp.mention(), s, null);
    if (speaker == null) {
      return "skipped: speaker not resolved";
    }
    List<String> made = new ArrayList<>();
    for (Capture q : m.captures("quote")) {
      if (q.mention() == null || quoted.contains(q.mention())) {
        continue;
      }
      quoted.add(q.mention());
      MentionValues.Quote v = (MentionValues.Quote) q.mention().value();
      addStatement(speaker, v.text(), cueText(s, m), true, ref, new Span(v.begin(), v.end()), r.name());
      made.add(speaker.label() + ": “" + abbreviate(v.text()) + "”");
    }
    if (!made.isEmpty()) {
      actors.spoke(speaker, s.index());
      lastQuoteSpeaker = speaker;
      lastQuoteSentence = s.index();
    }
    return made.isEmpty() ? "nothing new" : String.join("; ", made);
  }

  /** A quotation with no speaker of its own, right after one that had a speaker, continues it. */
  private void continuedQuotes(AnnotatedSentence s, SentenceRef ref, Set<Mention> quoted) {
    for (Mention m : s.mentions()) {
      if (!m.type().equals("QUOTE") || quoted.contains(m)) {
        continue;
      }
      if (m.start() == 0 && lastQuoteSpeaker != null && s.index() - lastQuoteSentence <= 1) {
        MentionValues.Quote v = (MentionValues.Quote) m.value();
        addStatement(lastQuoteSpeaker, v.text(), null, true, ref, new Span(v.begin(), v.end()), "quote-continues");
        lastQuoteSentence = s.index();
        quoted.add(m);
      }
    }
  }

  private String statement(Rule r, Match m, AnnotatedSentence s, SentenceRef ref) {
    Capture sp = m.capture("speaker");
    if (sp != null && inPlace(s, sp.start()) && !cueRightBefore(m, sp)) {
      return "skipped: the speaker is a place (\"leaders meeting in Germany said\")";
    }
    Actor speaker = sp == null || sp.mention() == null ? null : actors.resolve(sp.mention(), s, null);
    if (speaker == null) {
      return "skipped: speaker not resolved";
    }
    Capture text = m.capture("text");
    int from = text != null ? text.start() : m.start();
    int to = text != null ? text.end() : m.end();
    if (from >= to) {
      return "skipped: empty";
    }
    actors.spoke(speaker, s.index());
    addStatement(speaker, Labels.clean(s.textOf(from, to)), cueText(s, m), false, ref, span(s, from, to), r.name());
    if (introducesQuotation(s, m)) {
      // "X said in a message sent to journalists." / "X said:" — the quotation that follows is X's
      lastQuoteSpeaker = speaker;
      lastQuoteSentence = s.index();
    }
    return "statement by " + speaker.label();
  }

  /**
   * Whether the sentence only announces speech — it ends with a colon, or after its verb says
   * nothing but where or how ("in a statement", "on Telegram") — so the quotation after it is the
   * speaker's.
   */
  private static boolean introducesQuotation(AnnotatedSentence s, Match m) {
    List<Token> t = s.tokens();
    if (t.isEmpty()) {
      return false;
    }
    if (t.get(t.size() - 1).lower().equals(":")) {
      return true;
    }
    Capture cue = m.capture("cue");
    if (cue == null || t.size() - cue.end() > 10) {
      return false;
    }
    for (int i = cue.end(); i < t.size(); i++) {
      Token k = t.get(i);
      if (k.lower().equals("that") || k.is("strike") || k.is("carry_out") || k.is("actor") && !k.is("media") || QUOTE_MARK.contains(k.text())) {
        return false; // what follows the verb is itself what was said
      }
    }
    return true;
  }

  private static final Set<String> QUOTE_MARK = Set.of("\"", "“", "”");

  private static String cueText(AnnotatedSentence s, Match m) {
    Capture c = m.capture("cue");
    return c == null ? null : c.text(s);
  }

  private Statement addStatement(Actor speaker, String text, String cue, boolean direct, SentenceRef ref, Span span, String rule) {
    Statement st = new Statement("statement-" + (statements.size() + 1), speaker.key(), text, cue, direct, ref, span, rule);
    statements.add(st);
    return st;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }

}
