package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newskg.facts.ActorKind;
import org.newskg.facts.Span;
import org.newskg.facts.StrikeKind;
import org.newskg.gazetteer.Entry;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.NameTrie;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;
import org.newskg.text.Tokenizer;

/**
 * First pass over a sentence: tokens with their lexicon classes, then the mentions that need no
 * rules — gazetteer names, demonyms, pronouns and back-references, strike noun phrases and
 * quotations. Actor rules (the second pass) build on these. Pure: no state between calls.
 */
final class Annotator {
  // Word sets and patterns used per token: compiled once, not per call.
  private static final Set<String> FORCE = Set.of("force", "forces");
  private static final Set<String> VICTIM_NOUNS =
      Set.of("nationals", "civilians", "citizens", "residents", "villagers", "workers", "fishermen", "children", "women",
          "people", "migrants", "refugees", "pilgrims", "families", "students", "journalists", "patients", "passengers",
          "tourists", "worshippers", "farmers", "shepherds", "expatriates", "hostages", "victims", "casualties",
          "smoker", "smokers", "man", "woman", "men", "citizen", "national", "driver", "teenager", "boy", "girl",
          "student", "tourist", "passenger", "resident", "worker", "journalist", "businessman", "child");
  private static final Set<String> FORCE_MODIFIERS = Set.of("air", "armed", "security");
  private static final Set<String> FIRE_WEAPONS =
      Set.of("rocket", "mortar", "artillery", "tank", "sniper", "drone", "missile", "gun", "machine-gun", "anti-aircraft");
  private static final Set<String> DEVICE = Set.of("device", "devices");
  private static final Set<String> DEVICE_MODIFIERS = Set.of("explosive", "incendiary");
  private static final Set<String> VERB_PARTICLES = Set.of("at", "on", "back");
  private static final Set<String> DELIVERY_VERBS = Set.of("fired", "launched", "dropped", "carried", "conducted", "sent");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*");
  private static final java.util.regex.Pattern TRAILING_PUNCT = java.util.regex.Pattern.compile("[,.!?]+$");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final Set<String> VERB_BEFORE =
      Set.of("to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "not", "n't", "never", "also");
  private static final Set<String> ANAPHOR_NOUNS_GROUP =
      Set.of("group", "groups", "militia", "militias", "ministry", "government", "statement", "coalition", "military",
          "army", "movement", "organisation", "organization", "country", "alliance", "rebels", "militants", "agency",
          "department", "authorities", "spokespeople", "mission", "force", "command", "office", "embassy", "party",
          "administration", "regime", "junta", "insurgents", "fighters");
  private static final Set<String> BODY_MODIFIERS = Set.of("foreign", "defence", "defense", "interior", "information",
      "home", "justice", "health", "finance", "war", "intelligence", "emergencies", "communications");
  private static final Set<String> BODY_NOUNS = Set.of("ministry", "office", "department");
  private static final Set<String> ANAPHOR_NOUNS_PERSON =
      Set.of("official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "minister", "president", "commander",
          "source", "officer", "envoy", "ambassador", "leader", "chief", "premier", "king", "queen", "prince", "emir", "governor",
          "mayor", "general", "chancellor", "monarch", "senator", "prosecutor");
  private static final Set<String> SELF_NOUNS =
      Set.of("country", "forces", "force", "military", "army", "troops", "government", "jets", "warplanes", "drones",
          "fighters", "group", "militia", "nation", "state", "aircraft", "navy", "units", "men", "members", "commandos",
          "squads", "squad", "cells", "cell", "brigades", "brigade", "battalion", "battalions", "mujahideen", "militants",
          "followers", "supporters",
          "soldiers", "pilots", "operatives", "missiles", "rockets");
  private static final Set<String> SELF_MODIFIERS =
      Set.of("air", "armed", "naval", "security", "special", "ground", "own", "military", "aerospace", "missile", "drone", "rocket",
          "artillery", "elite", "suicide", "martyrdom", "commando", "sniper");

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;

  Annotator(Gazetteer gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  AnnotatedSentence annotate(String text, int index, Span span, boolean paragraphStart) {
    List<Token> raw = Tokenizer.tokenize(text, span.begin(), span.end());
    List<Token> tokens = new ArrayList<>(raw.size());
    for (Token t : raw) {
      tokens.add(new Token(t.index(), t.text(), t.lower(), t.begin(), t.end(), lexicon.classesOf(t.lower())));
    }
    List<Mention> mentions = new ArrayList<>();
    names(tokens, paragraphStart, mentions);
    if (paragraphStart) {
      dropDateline(tokens, mentions);
    }
    dropPossessiveCountries(tokens, mentions);
    tokens = withoutClassesInsideNames(tokens, mentions);
    anaphors(tokens, mentions);
    strikes(tokens, mentions);
    strikeVerbs(tokens, mentions);
    quotes(text, tokens, mentions);
    return new AnnotatedSentence(index, span.begin(), span.end(), text.substring(span.begin(), span.end()), tokens, mentions);
  }

  private void names(List<Token> tokens, boolean paragraphStart, List<Mention> out) {
    NameTrie names = gazetteer.names();
    for (int i = 0; i < tokens.size(); ) {
      NameTrie.Hit hit = names.longestAt(tokens, i);
      NameTrie.Hit dem = gazetteer.demonyms().longestAt(tokens, i);
      if (hit != null && (dem == null || hit.length() >= dem.length())) {
        Entry e = hit.entry();
        int end = i + hit.length();
        // "the United States", "the Pentagon": the article belongs to the name.
        int from = i > 0 && tokens.get(i - 1).lower().equals("the") ? i - 1 : i;
        // "BAGHDAD The US government …", "MIRAMSHAH:" — but "U.S. officials" at a paragraph's start is no dateline.
        boolean dateline = i == 0 && paragraphStart && isAllCaps(tokens.get(i).text()) && hit.length() == 1 && tokens.get(i).text().length() > 3
            && !tokens.get(i).text().contains(".")
            && (e.actorKind() == null || e.actorKind() == ActorKind.COUNTRY); // "NATO said …" is no place
        // "in Baghdad" is a place; but "officials in Kyiv", "authorities in Tehran" speak for it.
        boolean afterPrep = i > 0 && tokens.get(i - 1).is("prep") && !tokens.get(i - 1).lower().equals("by")
            && !(i > 1 && tokens.get(i - 1).lower().equals("in") && (tokens.get(i - 2).is("official") || tokens.get(i - 2).lower().equals("authorities")));
        if (e.place()) {
          out.add(new Mention("LOCATION", e.actorKind() == ActorKind.COUNTRY ? "country" : "place", i, end, new MentionValues.Named(e, false, false)));
        }
        if (e.actorKind() != null && !dateline) {
          int actorEnd = end;
          if (e.actorKind() == ActorKind.ARMED_GROUP || e.actorKind() == ActorKind.COALITION) {
            int k = end;
            while (k < tokens.size() && k - end < 3 && (tokens.get(k).is("group_mod") && !tokens.get(k).is("det") || tokens.get(k).lower().equals("rebel"))) {
              k++;
            }
            if (k < tokens.size() && tokens.get(k).is("group_noun") && !tokens.get(k).lower().equals("proxies")) {
              actorEnd = k + 1;
            }
          }
          out.add(new Mention("ACTOR", e.actorKind().id(), from, actorEnd, new MentionValues.Named(e, false, false)));
          end = actorEnd;
        } else if (e.actorKind() == null && e.id().endsWith("--capital") && !dateline && !afterPrep) {
          Entry country = gazetteer.get(e.partOf());
          if (country != null) {
            out.add(new Mention("ACTOR", "country", from, end, new MentionValues.Named(country, true, false)));
          }
        }
        i = end;
      } else if (dem != null) {
        int after = i + dem.length();
        // "Pakistani nationals", "Afghan civilians": people of a country, not its state acting.
        if (after >= tokens.size() || !VICTIM_NOUNS.contains(tokens.get(after).lower())) {
          out.add(new Mention("ACTOR", "demonym", i, after, new MentionValues.Named(dem.entry(), false, true)));
        }
        i = after;
      } else {
        i++;
      }
    }
  }

  /**
   * "YEREVAN, Sept 13 (Reuters) - Armenia accused …", "MAPUTO, Mozambique — Islamic State said …":
   * the dateline names a place and an agency, never the actor of the sentence.
   */
  private static void dropDateline(List<Token> tokens, List<Mention> mentions) {
    if (tokens.isEmpty() || tokens.get(0).text().length() < 3 || !isAllCaps(tokens.get(0).text()) || tokens.get(0).text().contains(".")) {
      return;
    }
    for (int i = 1; i < Math.min(tokens.size() - 1, 14); i++) {
      String t = tokens.get(i).text();
      boolean spaced = tokens.get(i - 1).end() < tokens.get(i).begin() && tokens.get(i).end() < tokens.get(i + 1).begin();
      boolean dash = (t.equals("-") || t.equals("—") || t.equals("–") || t.equals("--")) && spaced;
      boolean colon = t.equals(":") && allCapsBefore(tokens, i);
      if (dash || colon) {
        int end = i;
        mentions.removeIf(m -> m.type().equals("ACTOR") && m.start() < end);
        return;
      }
    }
  }

  private static boolean allCapsBefore(List<Token> tokens, int end) {
    for (int i = 0; i < end; i++) {
      if (!tokens.get(i).punct() && !isAllCaps(tokens.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** In "Yemen's Houthi movement" or "Russia's Wagner group" the actor is the group, not the country. */
  private static void dropPossessiveCountries(List<Token> tokens, List<Mention> mentions) {
    List<Mention> drop = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type().equals("ACTOR") && "country".equals(m.kind()) && m.end() + 1 < tokens.size() && tokens.get(m.end()).lower().equals("'s")) {
        for (Mention n : mentions) {
          if (n.type().equals("ACTOR") && n.start() == m.end() + 1 && !"country".equals(n.kind()) && !"demonym".equals(n.kind())) {
            drop.add(m);
          }
        }
      }
    }
    mentions.removeAll(drop);
  }

  /** "States" in "United States" is no speech verb: words of a name lose their lexicon classes. */
  private static List<Token> withoutClassesInsideNames(List<Token> tokens, List<Mention> names) {
    if (names.isEmpty()) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens);
    for (Mention m : names) {
      if ((m.length() > 1 || m.type().equals("LOCATION")) && !"demonym".equals(m.kind())) {
        for (int i = m.start(); i < m.end(); i++) {
          Token t = out.get(i);
          out.set(i, new Token(t.index(), t.text(), t.lower(), t.begin(), t.end(), Set.of("in_name")));
        }
      }
    }
    return out;
  }

  private static boolean isAllCaps(String s) {
    return s.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Pronouns and definite descriptions that a later step resolves to an earlier actor. */
  private void anaphors(List<Token> tokens, List<Mention> out) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String l = t.lower();
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (SELF_NOUNS.contains(l) && i + 3 < tokens.size() && tokens.get(i + 1).lower().equals("under")
          && tokens.get(i + 2).is("poss") && tokens.get(i + 3).lower().equals("command")) {
        // "fighters under his command": the speaker's own side, like "its fighters"
        out.add(new Mention("ACTOR", "anaphor", i, i + 4, new MentionValues.Anaphor("self")));
        i += 3;
      } else if (l.equals("the") && next != null && i + 2 < tokens.size() && next.is("group_mod") && !next.is("det") && !next.capitalized()
          && ANAPHOR_NOUNS_GROUP.contains(tokens.get(i + 2).lower())) {
        // "the guerrilla group", "the militant group": a back-reference, like "the group"
        String n = tokens.get(i + 2).lower();
        out.add(new Mention("ACTOR", "anaphor", i, i + 3, new MentionValues.Anaphor("group:" + n)));
        i += 2;
      } else if ((l.equals("he") || l.equals("she")) && next != null && !next.punct()) {
        out.add(new Mention("ACTOR", "anaphor", i, i + 1, new MentionValues.Anaphor("person")));
      } else if (l.equals("they") && next != null && !next.punct()) {
        out.add(new Mention("ACTOR", "anaphor", i, i + 1, new MentionValues.Anaphor("group")));
      } else if (l.equals("it") && next != null && i > 0 && (tokens.get(i - 1).lower().equals("whether") || tokens.get(i - 1).lower().equals("that")
          || tokens.get(i - 1).is("say")) && !next.punct()) {
        out.add(new Mention("ACTOR", "anaphor", i, i + 1, new MentionValues.Anaphor("it")));
      } else if (l.equals("it") && next != null && (next.is("speech") || next.is("carry_out") || next.lower().equals("has") || next.lower().equals("had") || next.lower().equals("was"))
          && !(next.lower().equals("was") || next.lower().equals("is"))) {
        out.add(new Mention("ACTOR", "anaphor", i, i + 1, new MentionValues.Anaphor("it")));
      } else if (t.is("poss") && next != null && i + 2 < tokens.size() && SELF_MODIFIERS.contains(next.lower()) && SELF_NOUNS.contains(tokens.get(i + 2).lower())) {
        out.add(new Mention("ACTOR", "anaphor", i, i + 3, new MentionValues.Anaphor("self")));
      } else if (t.is("poss") && next != null && SELF_NOUNS.contains(next.lower())) {
        out.add(new Mention("ACTOR", "anaphor", i, i + 2, new MentionValues.Anaphor(next.lower().equals("country") || next.lower().equals("nation") || next.lower().equals("state") ? "self_country" : "self")));
      } else if (l.equals("the") && next != null && i > 0 && (tokens.get(i - 1).is("say") || tokens.get(i - 1).lower().equals("that"))
          && (next.lower().equals("army") || next.lower().equals("military") || next.lower().equals("navy")
              || (next.lower().equals("air") || next.lower().equals("armed") || next.lower().equals("security")) && i + 2 < tokens.size()
                  && FORCE.contains(tokens.get(i + 2).lower()))) {
        int end = FORCE_MODIFIERS.contains(next.lower()) ? i + 3 : i + 2;
        out.add(new Mention("ACTOR", "anaphor", i, end, new MentionValues.Anaphor("self_military")));
      } else if (l.equals("the") && next != null && BODY_MODIFIERS.contains(next.lower()) && i + 2 < tokens.size()
          && BODY_NOUNS.contains(tokens.get(i + 2).lower())) {
        // "the foreign ministry", "the Foreign Office": the body of that name the article named before.
        out.add(new Mention("ACTOR", "anaphor", i, i + 3,
            new MentionValues.Anaphor("body:" + next.lower() + " " + tokens.get(i + 2).lower())));
        i += 2;
      } else if (l.equals("the") && next != null && i + 2 <= tokens.size()) {
        String n = next.lower();
        if (ANAPHOR_NOUNS_PERSON.contains(n)) {
          out.add(new Mention("ACTOR", "anaphor", i, i + 2, new MentionValues.Anaphor("person:" + n)));
        } else if (ANAPHOR_NOUNS_GROUP.contains(n)) {
          out.add(new Mention("ACTOR", "anaphor", i, i + 2, new MentionValues.Anaphor(n.equals("statement") ? "statement" : n.equals("country") ? "country" : "group:" + n)));
        }
      }
    }
  }

  /** Strike noun phrases: modifiers + a strike head ("last month's strike", "four Israeli drone attacks"). */
  private void strikes(List<Token> tokens, List<Mention> out) {
    for (int h = 0; h < tokens.size(); h++) {
      Token head = tokens.get(h);
      boolean gerund = (head.lower().equals("attacking") || head.lower().equals("striking") || head.lower().equals("bombing") || head.lower().equals("targeting"))
          && h > 0 && (isOfOrIn(tokens.get(h - 1)) || h > 1 && tokens.get(h - 1).lower().endsWith("ly") && isOfOrIn(tokens.get(h - 2)));
      // "rocket fire", "mortar fire", "artillery fire" name strikes; plain "fire" does not.
      boolean fire = head.lower().equals("fire") && h > 0 && FIRE_WEAPONS.contains(tokens.get(h - 1).lower());
      // "an explosive device", "an improvised explosive device"
      boolean device = DEVICE.contains(head.lower()) && h > 0 && DEVICE_MODIFIERS.contains(tokens.get(h - 1).lower());
      if (!head.is("strike") && !gerund && !fire && !device) {
        continue;
      }
      if (!gerund && h > 0 && VERB_BEFORE.contains(tokens.get(h - 1).lower())) {
        continue; // "would strike", "to attack": a verb, not a strike
      }
      if (!gerund && h > 0 && (head.lower().equals("strike") || head.lower().equals("attack")) && isSubjectBefore(tokens, h, out)) {
        continue;
      }
      // Plural "strikes"/"attacks" right after a pronoun or a country name is a verb: "Israel strikes Gaza".
      // ... but "the Houthi attacks, which" is a noun: a verb takes an object right after it.
      if (!gerund && h + 1 < tokens.size() && (head.lower().equals("strikes") || head.lower().equals("attacks")) && h > 0
          && (tokens.get(h + 1).capitalized() || tokens.get(h + 1).is("det") || VERB_PARTICLES.contains(tokens.get(h + 1).lower()))
          && (tokens.get(h - 1).is("pron_person") || tokens.get(h - 1).is("pron_group") || endsActor(out, h, false) && !isDemonymEnding(out, h))) {
        continue;
      }
      if (head.lower().equals("operation") || head.lower().equals("operations")) {
        if (!(h > 0 && (tokens.get(h - 1).is("strike_mod")))) {
          continue; // "military operations" are not a strike; "air operations" are
        }
      }
      int start = h;
      while (start > 0) {
        Token p = tokens.get(start - 1);
        if (p.is("strike_mod") || p.lower().equals("-") || p.lower().equals("and") && start - 1 > 0 && actorEndingAt(out, start - 1) != null || p.lower().equals("'s") || p.lower().equals("of") && start - 2 >= 0 && isSeriesWord(tokens.get(start - 2))
            || isSeriesWord(p) || endsActor(out, start, true) || NUMBER.matcher(p.text()).matches() || p.lower().equals("month") || p.lower().equals("week")
            || p.lower().equals("year") || p.is("det") && !p.lower().equals("that") || p.lower().equals("bomb") || p.lower().equals("bombs")) {
          Mention actor = actorEndingAt(out, start);
          if (p.lower().equals("and") && start - 2 >= 0 && actorEndingAt(out, start - 1) != null && start < h
              && actorEndingAt(out, start - 1).kind() != null && "demonym".equals(actorEndingAt(out, start - 1).kind())) {
            start = start - 1; // "American and British strikes"
            continue;
          }
          if (actor != null && !("demonym".equals(actor.kind()) || "country".equals(actor.kind()) || "armed_group".equals(actor.kind())
              || "coalition".equals(actor.kind()) || "military".equals(actor.kind()))) {
            break; // "told Reuters the attack": an outlet before the noun phrase is not its actor
          }
          start = actor != null ? actor.start() : start - 1;
          if (tokens.get(start).is("det") && !tokens.get(start).lower().equals("its")) {
            break; // a determiner begins the noun phrase
          }
        } else {
          break;
        }
      }
      // Don't begin with a bare "'s" or hyphen ("Tuesday's strikes" → "strikes").
      while (start < h && (tokens.get(start).punct() || tokens.get(start).lower().equals("'s"))) {
        start++;
      }
      List<Mention> agents = new ArrayList<>();
      for (Mention m : out) {
        // "the Algiers bombings": a capital naming where, not who (a metonym only as a subject)
        boolean where = m.value() instanceof MentionValues.Named n && n.metonym();
        if (m.type().equals("ACTOR") && m.start() >= start && m.end() <= h && !"anaphor".equals(m.kind()) && !where) {
          agents.add(m);
        }
      }
      boolean definite = start < h && (tokens.get(start).lower().equals("the") || tokens.get(start).lower().equals("this")
          || tokens.get(start).lower().equals("these") || tokens.get(start).lower().equals("those") || tokens.get(start).lower().equals("such"));
      // "a strike by the coalition", "a missile fired by the Houthis"
      int by = h + 1 < tokens.size() && tokens.get(h + 1).lower().equals("by") ? h + 1
          : h + 2 < tokens.size() && DELIVERY_VERBS.contains(tokens.get(h + 1).lower()) && tokens.get(h + 2).lower().equals("by") ? h + 2 : -1;
      if (agents.isEmpty() && by > 0 && by + 1 < tokens.size()) {
        Mention byAgent = null;
        for (Mention m : out) {
          // the first actor within a few words: "by the Houthis", "by Yemen's Houthi rebels"
          if (m.type().equals("ACTOR") && m.start() > by && m.start() <= by + 4 && !"anaphor".equals(m.kind()) && !"media".equals(m.kind())
              && (byAgent == null || m.start() < byAgent.start())) {
            byAgent = m;
          }
        }
        if (byAgent != null) {
          agents.add(byAgent);
        }
      }
      StrikeKind kind = kindOf(tokens, start, h);
      out.add(new Mention("STRIKE", kind.id(), start, h + 1, new MentionValues.StrikeNp(kind, definite, agents)));
    }
  }

  private static final java.util.Map<String, StrikeKind> STRIKE_VERBS =
      java.util.Map.ofEntries(
          java.util.Map.entry("attacked", StrikeKind.ATTACK), java.util.Map.entry("struck", StrikeKind.ATTACK),
          java.util.Map.entry("bombed", StrikeKind.BOMBING), java.util.Map.entry("shelled", StrikeKind.SHELLING),
          java.util.Map.entry("raided", StrikeKind.ATTACK), java.util.Map.entry("ambushed", StrikeKind.ATTACK),
          java.util.Map.entry("stormed", StrikeKind.ATTACK), java.util.Map.entry("hit", StrikeKind.ATTACK),
          java.util.Map.entry("targeted", StrikeKind.ATTACK),
          java.util.Map.entry("sank", StrikeKind.ATTACK), java.util.Map.entry("sunk", StrikeKind.ATTACK),
          java.util.Map.entry("assassinated", StrikeKind.ATTACK), java.util.Map.entry("killed", StrikeKind.ATTACK),
          java.util.Map.entry("eliminated", StrikeKind.ATTACK));
  private static final java.util.Set<String> AIRCRAFT =
      java.util.Set.of("plane", "airliner", "aircraft", "jet", "jetliner", "helicopter", "flight", "airplane", "warplane", "bomber", "fighter");

  private static boolean aircraftWithin(List<Token> tokens, int from, int window) {
    for (int k = from; k < tokens.size() && k < from + window; k++) {
      if (AIRCRAFT.contains(tokens.get(k).lower())) {
        return true;
      }
      if (tokens.get(k).punct()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "Russia attacked the port", "its fighters had attacked the town": a verb of attack with an
   * object is a strike too, labelled by the verb and its object.
   */
  private static void strikeVerbs(List<Token> tokens, List<Mention> out) {
    for (int i = 1; i < tokens.size() - 1; i++) {
      StrikeKind kind = STRIKE_VERBS.get(tokens.get(i).lower());
      if (kind != null && i > 0 && tokens.get(i - 1).lower().equals("the")) {
        continue; // "the hit", a noun
      }
      boolean quoteNext = tokens.get(i + 1).lower().equals("\"");
      if (kind == null && tokens.get(i).lower().equals("fired") && (tokens.get(i + 1).lower().equals("on") || tokens.get(i + 1).lower().equals("at"))) {
        kind = StrikeKind.ATTACK; // "fired on worshippers", "fired at the convoy"
      }
      boolean shotDown = tokens.get(i).lower().equals("shot") && tokens.get(i + 1).lower().equals("down") || tokens.get(i).lower().equals("downed");
      if (shotDown) {
        // "shot down the plane" is the strike; "shot down 11 drones" is the defence against one.
        kind = aircraftWithin(tokens, i + 1, 5) ? StrikeKind.ATTACK : null;
      }
      if (kind == null || tokens.get(i + 1).punct() && !quoteNext || tokens.get(i + 1).is("prep") && !tokens.get(i + 1).lower().equals("on")
          && !tokens.get(i).lower().equals("fired")) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && end - i <= 6 && (!tokens.get(end).punct() || tokens.get(end).lower().equals("\"")) && !tokens.get(end).lower().equals("with")
          && !tokens.get(end).lower().equals("and") && !tokens.get(end).lower().equals("overnight") && !tokens.get(end).lower().equals("on")) {
        end++;
      }
      out.add(new Mention("STRIKE", "verb", i, end, new MentionValues.StrikeNp(kind, false, List.of())));
    }
  }

  private static boolean isOfOrIn(Token t) {
    return t.lower().equals("of") || t.lower().equals("in");
  }

  private static boolean isSeriesWord(Token t) {
    String l = t.lower();
    return l.equals("series") || l.equals("wave") || l.equals("string") || l.equals("spate") || l.equals("number") || l.equals("one") || l.equals("hundreds") || l.equals("dozens");
  }

  private static boolean isSubjectBefore(List<Token> tokens, int h, List<Mention> out) {
    Token p = tokens.get(h - 1);
    return (p.is("pron_person") || p.is("pron_group") || p.lower().equals("we") || p.lower().equals("i")) || endsActor(out, h, false) && !isDemonymEnding(out, h);
  }

  private static boolean isDemonymEnding(List<Mention> out, int end) {
    Mention m = actorEndingAt(out, end);
    return m != null && "demonym".equals(m.kind());
  }

  private static boolean endsActor(List<Mention> out, int end, boolean demonymOrAny) {
    Mention m = actorEndingAt(out, end);
    return m != null && (demonymOrAny || !"anaphor".equals(m.kind()));
  }

  private static Mention actorEndingAt(List<Mention> out, int end) {
    Mention best = null;
    for (Mention m : out) {
      if (m.type().equals("ACTOR") && m.end() == end && (best == null || m.start() < best.start())) {
        best = m;
      }
    }
    return best;
  }

  private static StrikeKind kindOf(List<Token> tokens, int start, int head) {
    Set<String> words = new HashSet<>();
    for (int i = start; i <= head; i++) {
      words.add(tokens.get(i).lower());
    }
    String h = tokens.get(head).lower();
    if (words.contains("drone") || words.contains("drones")) {
      return StrikeKind.DRONE_ATTACK;
    }
    if (words.contains("rocket") || words.contains("rockets")) {
      return StrikeKind.ROCKET_ATTACK;
    }
    if (words.contains("missile") || words.contains("missiles") || words.contains("ballistic") || words.contains("cruise")) {
      return StrikeKind.MISSILE_STRIKE;
    }
    if (words.contains("air") || words.contains("aerial") || h.startsWith("airstrike") || h.equals("air-strike") || h.equals("sortie") || h.equals("sorties")) {
      return StrikeKind.AIRSTRIKE;
    }
    if (h.startsWith("bomb") || words.contains("suicide") || words.contains("car") || words.contains("truck")) {
      return StrikeKind.BOMBING;
    }
    if (h.equals("shelling") || words.contains("artillery") || words.contains("mortar") || h.equals("barrage") || h.equals("barrages")) {
      return StrikeKind.SHELLING;
    }
    if (h.startsWith("explosion") || h.startsWith("blast") || h.equals("detonation")) {
      return StrikeKind.EXPLOSION;
    }
    return StrikeKind.ATTACK;
  }

  /** Quotations within the sentence: “…”, "…", and an opening mark never closed (runs to the end). */
  private static void quotes(String text, List<Token> tokens, List<Mention> out) {
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      boolean straight = t.equals("\"");
      boolean opens = t.equals("“") || straight && open < 0 && (i + 1 < tokens.size()) && (i == 0 || tokens.get(i - 1).end() < tokens.get(i).begin() || tokens.get(i - 1).punct());
      boolean closes = t.equals("”") || straight && open >= 0;
      if (open < 0 && opens) {
        open = i;
      } else if (open >= 0 && closes) {
        addQuote(text, tokens, open, i, out);
        open = -1;
      } else if (open >= 0 && t.equals("“")) {
        addQuote(text, tokens, open, i - 1, out); // a new quote opens: the previous one was never closed
        open = i;
      }
    }
    if (open >= 0 && open + 1 < tokens.size()) {
      addQuote(text, tokens, open, tokens.size(), out);
    }
    singleQuotes(text, tokens, out);
  }

  /**
   * Headlines quote with single marks: "vows response 'at a time of our choosing'". A single
   * mark opens after a space and touches the next word; it closes touching the previous word and
   * before a space or punctuation — so apostrophes ("Iraq's", "Kata'ib") never count.
   */
  private static void singleQuotes(String text, List<Token> tokens, List<Mention> out) {
    int open = -1;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (!t.equals("'") && !t.equals("‘") && !t.equals("’")) {
        continue;
      }
      boolean spaceBefore = i == 0 || tokens.get(i - 1).end() < tokens.get(i).begin();
      boolean touchesNext = i + 1 < tokens.size() && tokens.get(i + 1).begin() == tokens.get(i).end() && !tokens.get(i + 1).punct();
      boolean touchesPrev = i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin();
      boolean endAfter = i + 1 == tokens.size() || tokens.get(i + 1).begin() > tokens.get(i).end() || tokens.get(i + 1).punct();
      if (open < 0 && spaceBefore && touchesNext && !t.equals("’")) {
        open = i;
      } else if (open >= 0 && touchesPrev && endAfter && !t.equals("‘") && i - open >= 2) {
        for (Mention m : out) {
          if (m.type().equals("QUOTE") && m.start() <= open && open < m.end()) {
            open = -2; // inside a double-quoted quotation: a quote within a quote, not a new one
            break;
          }
        }
        if (open >= 0) {
          addQuote(text, tokens, open, i, out);
        }
        open = -1;
      }
    }
  }

  /** "True Promise", "Operation Sindoor", "Yafa": a short title-case quotation names a thing, nobody's words. */
  private static boolean isName(String q) {
    String[] words = SPACES.split(TRAILING_PUNCT.matcher(q).replaceAll(""));
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static void addQuote(String text, List<Token> tokens, int open, int close, List<Mention> out) {
    if (close <= open + 1) {
      return;
    }
    int b = tokens.get(open + 1).begin();
    int e = tokens.get(close - 1).end();
    String q = text.substring(b, e).strip();
    if (q.isEmpty() || isName(q)) {
      return;
    }
    int end = Math.min(close + 1, tokens.size());
    out.add(new Mention("QUOTE", null, open, end, new MentionValues.Quote(q, b, e)));
  }
}
