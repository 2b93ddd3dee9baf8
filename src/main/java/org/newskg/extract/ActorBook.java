package org.newskg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.facts.Actor;
import org.newskg.facts.ActorKind;
import org.newskg.gazetteer.Entry;
import org.newskg.gazetteer.Gazetteer;
import org.newskg.gazetteer.NameTrie;
import org.newskg.rules.Capture;
import org.newskg.rules.Match;
import org.newskg.rules.Rule;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * The actors of one article: turns actor mentions into {@link Actor} facts with stable keys, keeps
 * them in first-mention order, and remembers who was mentioned and who spoke last so that "he",
 * "the statement" or "his country" resolve to the right earlier actor.
 */
final class ActorBook {
  private static final java.util.regex.Pattern ENDS_MILITARY_OR_NAVY = java.util.regex.Pattern.compile("\\b(military|army|navy)$");
  private static final java.util.regex.Pattern ENDS_MILITARY = java.util.regex.Pattern.compile("\\b(military|army|armed forces)$");
  /** An actor mention seen so far: which actor, in which sentence. */
  private record Seen(Actor actor, int sentence, boolean inPrepositionalPhrase) {}

  private static final java.util.regex.Pattern LEADING_TITLE =
      java.util.regex.Pattern.compile("^(?i)(commander|cmdr\\.?|gen\\.?|general|lt\\.?|lieutenant|col\\.?|colonel|maj\\.?|major|capt\\.?|captain"
          + "|adm\\.?|admiral|sgt\\.?|brig\\.?|brigadier|dr\\.?|mr\\.?|mrs\\.?|ms\\.?|sheikh|sheik)\\s+(?=\\S)");
  private final Gazetteer gazetteer;
  private final String articleKey;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final List<Seen> seen = new ArrayList<>();
  /** The role words each person was introduced with ("king", "governor"), for "the king" later. */
  private final Map<String, Set<String>> titles = new HashMap<>();
  private Actor lastSpeaker;
  private int lastSpeakerSentence = -10;
  private Actor publisher;

  ActorBook(Gazetteer gazetteer, String articleKey) {
    this.gazetteer = gazetteer;
    this.articleKey = articleKey;
  }

  List<Actor> actors() {
    return List.copyOf(actors.values());
  }

  Actor get(String key) {
    return actors.get(key);
  }

  /** The voice of the article itself: its publisher when known, else "the article". */
  Actor publisher(String publisherName) {
    if (publisher != null) {
      return publisher;
    }
    if (publisherName != null) {
      Entry e = lookup(publisherName);
      if (e != null && e.actorKind() != null) {
        publisher = fromEntry(e);
      } else if (!publisherName.startsWith("?")) {
        publisher = add(new Actor(Slugs.of(publisherName), publisherName, ActorKind.MEDIA, null, List.of(), null, null));
      }
    }
    if (publisher == null) {
      publisher = add(new Actor(articleKey + "-article", "the article", ActorKind.MEDIA, null, List.of(), null, null));
    }
    return publisher;
  }

  /** A gazetteer entry whose name is exactly {@code name}, or null. */
  Entry lookup(String name) {
    String n = name.startsWith("?") ? name.substring(1) : name;
    List<Token> toks = org.newskg.text.Tokenizer.tokenize(n, 0, n.length());
    if (toks.isEmpty()) {
      return null;
    }
    NameTrie.Hit hit = gazetteer.names().longestAt(toks, 0);
    return hit != null && hit.length() == toks.size() ? hit.entry() : null;
  }

  void spoke(Actor a, int sentence) {
    if (sentence == lastSpeakerSentence && lastSpeaker != null) {
      return; // the sentence's first speaker (found by the higher-priority rule) stays its speaker
    }
    lastSpeaker = a;
    lastSpeakerSentence = sentence;
  }

  Actor lastSpeaker(int sentence, int within) {
    return lastSpeaker != null && sentence - lastSpeakerSentence <= within ? lastSpeaker : null;
  }

  /** Resolves an ACTOR mention; {@code subject} is the actor a "his country" refers to, or null. */
  Actor resolve(Mention m, AnnotatedSentence s, Actor subject) {
    Object v = m.value();
    Actor a;
    if (v instanceof MentionValues.Named n) {
      a = fromEntry(n.entry());
    } else if (v instanceof MentionValues.Composite c) {
      a = fromComposite(c, s);
    } else if (v instanceof MentionValues.Known k) {
      a = k.actor();
    } else if (v instanceof MentionValues.Anaphor an) {
      a = fromAnaphor(an, m, s, subject);
    } else {
      a = null;
    }
    // "The king vowed …": a person named by role is a candidate for the next "he", as a name is.
    if (a != null && (!(v instanceof MentionValues.Anaphor an) || an.type().startsWith("person:"))) {
      boolean pp = m.start() > 0 && s.tokens().get(m.start() - 1).is("prep");
      seen.add(new Seen(a, s.index(), pp));
    }
    return a;
  }

  Actor fromEntry(Entry e) {
    Actor existing = actors.get(e.id());
    if (existing != null) {
      return existing;
    }
    String speaksFor = null;
    // People, government bodies and armed forces speak for their country or organisation; an
    // armed group, coalition or outlet is only based in a country.
    boolean speaks = e.actorKind() == ActorKind.PERSON || e.actorKind() == ActorKind.GOVERNMENT_BODY || e.actorKind() == ActorKind.MILITARY;
    if (speaks && e.speaksFor() != null && gazetteer.get(e.speaksFor()) != null) {
      speaksFor = fromEntry(gazetteer.get(e.speaksFor())).key();
    }
    Entry country = gazetteer.countryOf(e);
    String countryKey = country != null && country != e ? fromEntry(country).key() : null;
    return add(new Actor(e.id(), e.label(), e.actorKind(), speaksFor, e.aliases(), e.wikidata(), countryKey));
  }

  private Actor add(Actor a) {
    Actor prev = actors.putIfAbsent(a.key(), a);
    return prev != null ? prev : a;
  }

  /**
   * "general, Mostefa Souag" (the end of "director-general, Mostefa Souag," when a role rule's name
   * swallowed another's match) is "Mostefa Souag": a name has no comma.
   */
  static String nameAfterRole(String label) {
    int comma = label.lastIndexOf(", ");
    String name = label;
    if (comma >= 0) {
      String after = label.substring(comma + 2).strip();
      name = after.length() > 4 && Character.isUpperCase(after.codePointAt(0)) ? after : label; // not ", Jr."
    }
    // "And Ali Abedzadeh" (a sentence's first word), "CEO Gary Pruitt" (a role no rule knew)
    String[] words = name.split(" ");
    int from = 0;
    while (from < words.length - 2 && NOT_NAME_WORDS.contains(words[from].toLowerCase(Locale.ROOT))) {
      from++;
    }
    return from == 0 ? name : String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  private static final Set<String> ROYAL = Set.of("king", "queen", "prince", "princess", "emir", "sultan", "pope", "crown");

  private static final Set<String> NOT_NAME_WORDS = Set.of("and", "but", "or", "so", "yet", "also", "meanwhile", "then", "ceo",
      "cfo", "coo", "chairman", "chairwoman", "chairperson", "director", "founder", "executive", "head", "chief", "deputy");

  private Actor fromComposite(MentionValues.Composite c, AnnotatedSentence s) {
    Rule rule = c.rule();
    Match match = c.match();
    Actor org = null;
    Capture orgCap = match.capture(rule.param("org") == null ? "org" : rule.param("org"));
    if (orgCap != null && orgCap.mention() != null && !"anaphor".equals(orgCap.mention().kind())) {
      org = resolve(orgCap.mention(), s, null);
    } else if (orgCap != null && orgCap.mention() != null) {
      org = resolve(orgCap.mention(), s, null);
    }
    Capture labelCap = match.capture(rule.param("label") == null ? "label" : rule.param("label"));
    if (labelCap != null && labelCap.mention() != null && labelCap.mention().value() instanceof MentionValues.Named n && n.entry().actorKind() != null) {
      return fromEntry(n.entry()); // "the Somali militant group al-Shabaab" is al-Shabaab
    }
    if (labelCap != null && labelCap.mention() != null && labelCap.mention().value() instanceof MentionValues.Known k
        && k.actor().kind() != ActorKind.PERSON) {
      return k.actor(); // "the ADF", defined earlier as "the Allied Democratic Forces (ADF)"
    }
    String text = labelCap != null ? labelCap.text(s) : match.text(s);
    ActorKind kind = c.kind();
    if ("article".equals(rule.param("scope"))) {
      String label = Labels.clean(text);
      return add(new Actor(articleKey + "-" + Slugs.of(label), label, kind, org == null ? null : org.key(), List.of(), null,
          org == null ? null : countryKeyOf(org)));
    }
    switch (kind) {
      case COUNTRY -> {
        if (org != null && (org.kind() == ActorKind.PERSON || org.kind() == ActorKind.UNNAMED_OFFICIAL)) {
          Actor state = org.speaksForKey() != null ? actors.get(org.speaksForKey()) : org.country() != null ? actors.get(org.country()) : null;
          return state != null ? state : org; // "the government of President Bashar al-Assad"
        }
        return org;
      }
      case PERSON -> {
        // "President Clinton", "Pentagon spokesman Kirby", "Venezuela's Maduro": one word will do.
        Token before = labelCap != null && labelCap.start() > 0 ? s.tokens().get(labelCap.start() - 1) : null;
        boolean titled = before != null && (before.is("title") || before.is("official")
            || before.lower().equals("'s") && labelCap.start() >= 2 && s.tokens().get(labelCap.start() - 2).capitalized());
        String name = nameAfterRole(Labels.clean(text));
        if (titled && !name.contains(" ") && ROYAL.contains(before.lower())) {
          name = before.text() + " " + name; // "King Abdullah": a monarch goes by title and name
        }
        Actor p = person(name, org, titled);
        if (p != null && labelCap != null) {
          // "King Abdullah", "Governor Vitaliy Kim": the role words, so that "the king" finds him later
          for (int i = match.start(); i < labelCap.start(); i++) {
            titles.computeIfAbsent(p.key(), k -> new java.util.HashSet<>()).add(s.tokens().get(i).lower());
          }
        }
        return p;
      }
      case GOVERNMENT_BODY, MILITARY -> {
        return body(Labels.clean(text), kind, org, orgCap != null && labelCap != null && orgCap.end() <= labelCap.start());
      }
      default -> {
        String label = Labels.clean(text);
        label = resolveSuch(label);
        if ((kind == ActorKind.ARMED_GROUP || kind == ActorKind.COALITION) && text.toLowerCase(Locale.ROOT).startsWith("the ")) {
          Actor earlier = latestNamedGroup(s.index());
          if (earlier != null) {
            return earlier; // "the paramilitary group" after "the Rapid Support Forces"
          }
        }
        if (org != null && orgCap.end() < s.tokens().size() && s.tokens().get(orgCap.end()).lower().equals("'s")) {
          // "the country's prime minister" → "Israeli prime minister"
          int after = orgCap.end() + 1;
          int end = labelCap != null ? labelCap.end() : match.end();
          if (after < end) {
            label = demonymOf(org) + " " + s.textOf(after, end);
          }
        }
        String key = articleKey + "-" + Slugs.of(label);
        Actor a = new Actor(key, label, kind, org == null ? null : org.key(), List.of(), null,
            org == null ? null : countryKeyOf(org));
        return add(a);
      }
    }
  }

  /** "a coalition of such militias" names the militias mentioned just before. */
  private String resolveSuch(String label) {
    int i = label.toLowerCase(Locale.ROOT).indexOf("such ");
    if (i < 0) {
      return label;
    }
    String noun = label.substring(i + 5);
    for (int k = seen.size() - 1; k >= 0; k--) {
      String l = seen.get(k).actor().label();
      if (l.toLowerCase(Locale.ROOT).endsWith(noun.toLowerCase(Locale.ROOT)) && !l.toLowerCase(Locale.ROOT).contains("such ")) {
        return label.substring(0, i) + l;
      }
    }
    return label;
  }

  private String demonymOf(Actor a) {
    if (a.kind() != ActorKind.COUNTRY) {
      return a.label(); // "the LNA's spokesman" → "Libyan National Army spokesman"
    }
    Entry e = gazetteer.get(a.key());
    if (e != null && !e.demonyms().isEmpty()) {
      return e.demonyms().get(0);
    }
    return a.label();
  }

  private String countryKeyOf(Actor a) {
    if (a.kind() == ActorKind.COUNTRY) {
      return a.key();
    }
    return a.country();
  }

  private Actor person(String name, Actor org) {
    return person(name, org, false);
  }

  /** {@code titled}: the name came right after a title or role ("President Clinton"), so one word will do. */
  private Actor person(String name, Actor org, boolean titled) {
    String stripped;
    while (!(stripped = LEADING_TITLE.matcher(name).replaceFirst("")).equals(name)) {
      name = stripped; // "Lt. Col. Richard Hecht" → "Richard Hecht"
      titled = true;
    }
    Entry known = lookup(name);
    if (known != null && known.actorKind() == ActorKind.PERSON) {
      return fromEntry(known);
    }
    // "Robertson" after "Sean Robertson": the same person.
    for (Actor a : actors.values()) {
      if (a.kind() == ActorKind.PERSON && (a.label().endsWith(" " + name) || a.label().equals(name))) {
        return a;
      }
    }
    for (Actor a : actors.values()) {
      // "Jamal Jaafar Ibrahimi, also known as Abu Mahdi al-Mohandes": a longer form of a full name
      // met before. (A full name after a bare surname is its own person here; SurnameMerge joins
      // the two at the article's end.)
      if (a.kind() == ActorKind.PERSON && a.label().contains(" ") && name.endsWith(" " + a.label())) {
        return a;
      }
    }
    if (!name.contains(" ") && !name.contains("-") && !(titled && name.length() > 2 && Character.isUpperCase(name.codePointAt(0)))) {
      return null; // a lone capitalised word is a name only when it is a known person's surname, or titled ("President Clinton")
    }
    return add(new Actor(Slugs.of(name), name, ActorKind.PERSON, org == null ? null : org.key(), List.of(), null,
        org == null ? null : countryKeyOf(org)));
  }

  private Actor body(String label, ActorKind kind, Actor org, boolean possessive) {
    if (org == null) {
      return add(new Actor(articleKey + "-" + Slugs.of(label), label, kind, null, List.of(), null, null));
    }
    String body = label;
    if (possessive) {
      String orgName = org.label();
      Entry e = gazetteer.get(org.key());
      String demonym = e != null && !e.demonyms().isEmpty() ? e.demonyms().get(0) : orgName;
      body = label.replaceFirst("^(?i)(the\\s+)?", "");
      label = demonym + " " + body;
    }
    String canonical = canonicalBody(label);
    if (kind == ActorKind.MILITARY && org.kind() == ActorKind.COUNTRY) {
      // "Israeli jets", "Israeli warplanes", "the Israeli army": one node, the country's forces.
      String dem = demonymOf(org);
      label = ENDS_MILITARY_OR_NAVY.matcher(label.toLowerCase(Locale.ROOT)).find() ? dem + " military" : dem + " forces";
      canonical = "military";
    }
    String key = org.key() + "-" + canonical;
    return add(new Actor(key, label, kind, org.key(), List.of(), null, countryKeyOf(org)));
  }

  /** "Ministry of Foreign Affairs" and "foreign ministry" are one body. */
  private static String canonicalBody(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.contains("foreign") && (l.contains("ministry") || l.contains("affairs"))) {
      return "foreign-ministry";
    }
    if ((l.contains("defence") || l.contains("defense")) && l.contains("ministry")) {
      return "defence-ministry";
    }
    if (l.contains("interior") && l.contains("ministry")) {
      return "interior-ministry";
    }
    if (ENDS_MILITARY.matcher(l).find()) {
      return "military";
    }
    String[] words = Slugs.of(label).split("-");
    return String.join("-", java.util.Arrays.copyOfRange(words, Math.min(1, words.length - 1), words.length));
  }

  private Actor fromAnaphor(MentionValues.Anaphor an, Mention m, AnnotatedSentence s, Actor subject) {
    switch (an.type()) {
      case "self_military" -> {
        // "the air force", "the army" in an official's or a military's own statement: their state
        if (subject == null) {
          return null;
        }
        if (subject.kind() == ActorKind.COUNTRY) {
          return subject;
        }
        Actor state = subject.country() != null ? actors.get(subject.country()) : subject.speaksForKey() != null ? actors.get(subject.speaksForKey()) : null;
        return state;
      }
      case "self_country" -> {
        if (subject == null) {
          return null;
        }
        if (subject.kind() == ActorKind.COUNTRY) {
          return subject;
        }
        if (subject.country() != null) {
          return actors.get(subject.country());
        }
        return subject.speaksForKey() != null ? actors.get(subject.speaksForKey()) : subject;
      }
      case "self" -> {
        if (subject == null) {
          return null;
        }
        if (subject.kind() == ActorKind.PERSON || subject.kind() == ActorKind.UNNAMED_OFFICIAL) {
          Actor org = subject.speaksForKey() != null ? actors.get(subject.speaksForKey()) : null;
          if (org == null && m.end() - m.start() >= 2) {
            org = latestNamedGroup(s.index()); // "group spokesman X said its fighters …"
          }
          return org != null ? org : subject;
        }
        if ((subject.kind() == ActorKind.GOVERNMENT_BODY || subject.kind() == ActorKind.MILITARY) && subject.country() != null) {
          return actors.get(subject.country()); // "the Russian defence ministry said its forces…": Russia's
        }
        return subject;
      }
      case "it" -> {
        if (subject != null) {
          return subject; // "X said (that) it had carried out …": the rule's own subject
        }
        Actor inSentence = firstActorInSentence(s, m.start());
        if (inSentence != null) {
          return inSentence;
        }
        Actor sp = lastSpeaker(s.index(), 2);
        if (sp != null) {
          return sp;
        }
        for (int k = seen.size() - 1; k >= 0 && s.index() - seen.get(k).sentence() <= 3; k--) {
          Actor a = seen.get(k).actor();
          if (a.kind() != ActorKind.PERSON && a.kind() != ActorKind.UNNAMED_OFFICIAL && a.kind() != ActorKind.MEDIA) {
            return a; // "In a statement, it said …": the latest organisation
          }
        }
        return null;
      }
      case "country" -> {
        // "the country" is most often the last country that did or said something, not one
        // named after a preposition ("as it has done in Syria").
        for (int k = seen.size() - 1; k >= 0; k--) {
          if (seen.get(k).actor().kind() == ActorKind.COUNTRY && !seen.get(k).inPrepositionalPhrase()) {
            return seen.get(k).actor();
          }
        }
        return null;
      }
      default -> {
        if (an.type().startsWith("body:")) {
          return namedBody(an.type().substring(5), s.index());
        }
        // "The Houthis said they had targeted …": a pronoun right after a speech verb is its subject.
        if ((an.type().equals("group") || an.type().equals("person")) && m.start() > 0
            && (s.tokens().get(m.start() - 1).is("say") || s.tokens().get(m.start() - 1).lower().equals("that"))) {
          Actor subject0 = firstActorInSentence(s, m.start());
          if (subject0 != null) {
            return subject0;
          }
        }
        // "he", "the official": one person — never "Yemeni officials" or a group's statement.
        boolean onePerson = an.type().equals("person") || an.type().startsWith("person:") && !isPluralWord(an.type().substring(7));
        // "the coalition", "the ministry", "the militia": the latest actor of that sort.
        String noun = an.type().contains(":") ? an.type().substring(an.type().indexOf(':') + 1) : null;
        if (noun != null && onePerson) {
          for (int k = seen.size() - 1; k >= 0 && s.index() - seen.get(k).sentence() <= 8; k--) {
            Actor a = seen.get(k).actor();
            if ((a.label().toLowerCase(Locale.ROOT).contains(noun) || titles.getOrDefault(a.key(), Set.of()).contains(noun)) && isOnePerson(a)) {
              return a;
            }
          }
        } else if (noun != null) {
          // "NATO's Solana said the alliance had hit the building": the speaker's own body first.
          Actor own = subject == null || subject.speaksForKey() == null ? null : actors.get(subject.speaksForKey());
          if (own != null && fits(own, noun)) {
            return own;
          }
          Actor byNoun = latestByNoun(noun, s.index());
          if (byNoun != null) {
            return byNoun;
          }
          ActorKind kind = kindOfNoun(noun);
          if (kind != null && kind != ActorKind.COUNTRY) {
            // "the coalition acknowledged …" with no coalition named: the coalition the article
            // means, not whoever spoke last.
            return add(new Actor(articleKey + "-" + Slugs.of(noun), noun, kind, null, List.of(), null, null));
          }
          if (kind == ActorKind.COUNTRY) {
            return null; // "the regime" with no country named: unknown, not the last speaker
          }
        }
        Actor sp = lastSpeaker(s.index(), 3);
        if (an.type().equals("person") && lastSpeakerSentence < s.index() - 1) {
          // "Interior Secretary Fred Matiang'i praised the police. \"…,\" he said.": a person named in
          // the sentence before, after the last speaker spoke, is whom "he" means.
          Actor named = firstPersonIn(s.index() - 1);
          if (named != null) {
            return named;
          }
        }
        // A group's statement read out by "he" is the group's; only several people are never "he".
        boolean group = an.type().equals("group");
        if (sp != null && !(onePerson && isSeveralPeople(sp)) && !(group && isOnePerson(sp))) { // "they" is never one person
          return sp;
        }
        if (sp != null && group && isOnePerson(sp) && sp.speaksForKey() != null && get(sp.speaksForKey()) != null) {
          return get(sp.speaksForKey()); // "a spokesman for the TTP … said the organisation": the body he speaks for
        }
        boolean person = an.type().startsWith("person");
        for (int k = seen.size() - 1; k >= 0; k--) {
          Actor a = seen.get(k).actor();
          boolean isPerson = a.kind() == ActorKind.PERSON || a.kind() == ActorKind.UNNAMED_OFFICIAL;
          if (person == isPerson && !(onePerson && isSeveralPeople(a)) && s.index() - seen.get(k).sentence() <= 3) {
            return a;
          }
        }
        return null;
      }
    }
  }

  /** The first single named person of sentence {@code sentence} who is not after a preposition, or null. */
  private Actor firstPersonIn(int sentence) {
    for (Seen x : seen) {
      if (x.sentence() == sentence && x.actor().kind() == ActorKind.PERSON && isOnePerson(x.actor()) && !x.inPrepositionalPhrase()) {
        return x.actor();
      }
    }
    return null;
  }

  private Actor latestNamedGroup(int sentence) {
    for (int k = seen.size() - 1; k >= 0 && sentence - seen.get(k).sentence() <= 6; k--) {
      Actor a = seen.get(k).actor();
      if ((a.kind() == ActorKind.ARMED_GROUP || a.kind() == ActorKind.COALITION) && gazetteer.get(a.key()) != null) {
        return a;
      }
    }
    return null;
  }

  /**
   * "the foreign ministry": the latest government body of that name ("Pakistan's Foreign Office",
   * "Ministry of Foreign Affairs"); when the article named none, the body by that name alone.
   */
  private Actor namedBody(String name, int sentence) {
    String canonical = canonicalBody(name);
    for (int k = seen.size() - 1; k >= 0 && sentence - seen.get(k).sentence() <= 40; k--) {
      Actor a = seen.get(k).actor();
      if (a.kind() == ActorKind.GOVERNMENT_BODY
          && (a.label().toLowerCase(Locale.ROOT).contains(name) || canonicalBody(a.label()).equals(canonical))) {
        return a;
      }
    }
    return add(new Actor(articleKey + "-" + Slugs.of(name), name, ActorKind.GOVERNMENT_BODY, null, List.of(), null, null));
  }

  private Actor latestByNoun(String noun, int sentence) {
    for (int k = seen.size() - 1; k >= 0 && sentence - seen.get(k).sentence() <= 8; k--) {
      Actor a = seen.get(k).actor();
      if (fits(a, noun)) {
        return a;
      }
    }
    return null;
  }

  /** A named person, or an unnamed official who is one ("a senior official", not "two officials"). */
  private static boolean isOnePerson(Actor a) {
    if (a.kind() == ActorKind.PERSON) {
      String l = a.label().toLowerCase(Locale.ROOT);
      return !(l.endsWith("residents") || l.endsWith("witnesses") || l.endsWith("people") || l.endsWith("doctors") || l.endsWith("survivors"));
    }
    if (a.kind() != ActorKind.UNNAMED_OFFICIAL) {
      return false;
    }
    String label = a.label();
    return !isPluralWord(label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isSeveralPeople(Actor a) {
    return (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.UNNAMED_OFFICIAL) && !isOnePerson(a);
  }

  private static boolean isPluralWord(String w) {
    return w.endsWith("s") && !w.endsWith("ss") || w.equals("people") || w.equals("spokespeople");
  }

  /** Whether "the {@code noun}" can mean {@code a}. */
  private static boolean fits(Actor a, String noun) {
    return a.kind() == kindOfNoun(noun) || a.label().toLowerCase(Locale.ROOT).contains(noun)
        || noun.equals("alliance") && a.kind() == ActorKind.COALITION
        || (noun.equals("organisation") || noun.equals("organization")) && a.kind() != ActorKind.PERSON
            && a.kind() != ActorKind.UNNAMED_OFFICIAL && a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.MEDIA;
  }

  private static ActorKind kindOfNoun(String noun) {
    return switch (noun) {
      case "alliance" -> ActorKind.INTERNATIONAL_ORGANISATION;
      case "coalition" -> ActorKind.COALITION;
      case "group", "groups", "militia", "militias", "rebels", "militants", "movement" -> ActorKind.ARMED_GROUP;
      case "ministry", "department", "agency", "authorities" -> ActorKind.GOVERNMENT_BODY;
      case "military", "army" -> ActorKind.MILITARY;
      case "government", "regime", "junta", "administration" -> ActorKind.COUNTRY;
      default -> null;
    };
  }

  private Actor firstActorInSentence(AnnotatedSentence s, int before) {
    for (Mention m : s.mentions()) {
      if (m.start() >= before) {
        break;
      }
      // '"… at the request of the Iraqi Security Forces …," it said': a name inside the quotation
      // is what the speaker talks about, not the speaker.
      if (m.type().equals("ACTOR") && !"anaphor".equals(m.kind()) && !"demonym".equals(m.kind()) && !insideQuote(s, m)) {
        Actor a = resolve(m, s, null);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  private static boolean insideQuote(AnnotatedSentence s, Mention m) {
    for (Mention q : s.mentions()) {
      if (q.type().equals("QUOTE") && q.start() <= m.start() && m.end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /** A person of this article whose last name is {@code word} ("Shukr" for "Fuad Shukr"), or null. */
  Actor personBySurname(String word) {
    for (Actor a : actors.values()) {
      if (a.kind() == ActorKind.PERSON && a.label().contains(" ") && a.label().endsWith(" " + word)) {
        return a;
      }
    }
    return null;
  }

  /** True when {@code a} is {@code b}, or speaks for it, or belongs to it. */
  boolean sameSide(Actor a, Actor b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.key().equals(b.key())) {
      return true;
    }
    // An armed group's country is where it fights, not whom it speaks for: only officials, bodies
    // and armed forces are on their country's side.
    return b.key().equals(a.speaksForKey()) || b.key().equals(a.country()) && speaksForCountry(a)
        || a.key().equals(b.speaksForKey()) && b.kind() != ActorKind.PERSON || a.key().equals(b.country()) && speaksForCountry(b);
  }

  private boolean speaksForCountry(Actor a) {
    if (a.kind() == ActorKind.GOVERNMENT_BODY || a.kind() == ActorKind.MILITARY) {
      return true;
    }
    if (a.kind() != ActorKind.UNNAMED_OFFICIAL && a.kind() != ActorKind.PERSON) {
      return false;
    }
    // A rebel spokesman is from the country but not on its government's side.
    Actor org = a.speaksForKey() == null ? null : actors.get(a.speaksForKey());
    return org == null || org.kind() == ActorKind.COUNTRY || org.kind() == ActorKind.GOVERNMENT_BODY || org.kind() == ActorKind.MILITARY;
  }
}
