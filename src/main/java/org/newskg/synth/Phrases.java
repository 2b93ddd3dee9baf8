package org.newskg.synth;

import java.util.List;

/**
 * Sentence templates for the news constructions that attribute a strike. Slots in braces: {A} the
 * actor who speaks or attributes, {P} the actor the strike is attributed to, {S} the strike named
 * in full, {s} the strike named briefly, {T} the target, {where} the place, {when} the day, {said}
 * a speech verb; {was_A}, {has_P}, {P.its}, {P.it} agree with the actor's number.
 */
final class Phrases {
  private Phrases() {}

  /** Headlines that name no one who attributes: true of every story. */
  static final List<String> TITLES =
      List.of(
          "{P} blamed for {kind} on {T_bare} {where}",
          "{Kind} hits {T_bare} {where}; {P} suspected",
          "Who was behind the {kind} {where}?",
          "Blasts {where}: {P} under suspicion after {kind}",
          "{P} may have struck {T_bare} {where}, officials say");

  /** Headlines for a story in which {A} accuses {P}: a headline is a claim too. */
  static final List<String> TITLES_ACCUSED =
      List.of("{A} accuses {P} of {kind} {where}", "{Kind} {where} kills {killed}, {A} blames {P}");

  /** Headlines for a story in which {P} denies its role. */
  static final List<String> TITLES_DENIED = List.of("{P} denies role in {kind} {where}");

  static final List<String> LEADS =
      List.of(
          "{Kind_a} hit {T_a} {where} {when}{casualties}, {witness} said, in the latest of a"
              + " string of attacks that have raised tensions across the region.",
          "{Kind_a} struck {T_a} {where} {when}{casualties}, according to {witness}.",
          "Several explosions rocked {T_a} {where} {when} in what {witness} described as"
              + " {kind_a}{casualties}.",
          "{T_a_cap} {where} was badly damaged {when} by {kind_a}{casualties}, {witness} said,"
              + " adding that fires were still burning hours later.",
          "At least {killed} people were killed {when} when {kind_a} hit {T_a} {where}, {witness}"
              + " said.");

  /** Says outright that P did it. */
  static final List<String> ASSERTS =
      List.of(
          "{A} said {P} carried out {S}.",
          "{A} said that {P} had carried out {S}, citing intercepted communications.",
          "According to {A}, {S} was carried out by {P}.",
          "According to {A}, {P} {was_P} behind {S}.",
          "{S_cap} was carried out by {P}, {A} {said}.",
          "{A} told reporters on {day_after} that {P} had launched {S}.",
          "{A} confirmed that {P} conducted {S}, the first such operation {where} in months.",
          "{P} carried out {S}, {A} said.",
          "{P} {was_P} behind {S}, {A} told {outlet}.");

  /** Hedged: may, possibly, likely, believed. */
  static final List<String> SUSPECTS =
      List.of(
          "{A} said {P} may have carried out {S}.",
          "{A} said {P} {was_P} possibly behind {S}, though the investigation was continuing.",
          "{P} {is_P} believed to have carried out {S}, according to {A}.",
          "{A} said it was likely that {P} {was_P} responsible for {S}.",
          "{A} {said} that {P} could have played a role in {S}.",
          "{A} suspected that {P} {was_P} behind {S}, two people familiar with the assessment"
              + " said.",
          "{P} probably carried out {S}, {A} said, adding that the evidence was not yet"
              + " conclusive.");

  /** Adversarial blame. */
  static final List<String> ACCUSES =
      List.of(
          "{A} blamed {P} for {S}.",
          "{A} accused {P} of carrying out {S}.",
          "{A} held {P} responsible for {S} and vowed to respond.",
          "{S_cap}, which {A} blamed on {P}, {consequence}.",
          "In a statement on {day_after}, {A} accused {P} of {gerund}.",
          "{A} blamed {S} on {P}, calling it a violation of {host_dem} sovereignty.",
          "{A} said {P} {was_P} to blame for {S} and demanded an international inquiry.",
          "{A} pointed the finger at {P} over {S}.");

  /** The perpetrator says it did it. */
  static final List<String> CLAIMS =
      List.of(
          "{P} claimed responsibility for {S}.",
          "{P} claimed responsibility for {S} in a statement posted on {channel}.",
          "In a statement, {P} said {P.it} had carried out {S} in response to {provocation}.",
          "{P} acknowledged carrying out {S}, saying {P.its} fighters had hit {T_def}.");

  /** Denies its own involvement: A is, or speaks for, the accused. */
  static final List<String> DENIES =
      List.of(
          "{A} denied any involvement in {S}.",
          "{A} denied any responsibility for {S}.",
          "{A} {has_A} denied playing any part in {S}.");

  /** Denies that P did it; A may be P's spokesman or its ally. */
  static final List<String> DENIES_OTHER =
      List.of(
          "{A} {has_A} denied that {P} carried out {S}.",
          "{A} rejected any suggestion that {P} had a role in {S}.");

  /** Neither confirms nor denies. */
  static final List<String> NEITHER =
      List.of(
          "{A} refused to confirm or deny involvement in {S}.",
          "{A} {has_A} neither confirmed nor denied involvement in {S}.",
          "{A} declined to confirm or deny whether {P} carried out {S}.");

  /** Dismisses someone else's accusation. */
  static final List<String> REJECTS =
      List.of(
          "{A} dismissed the statement.",
          "{A} rejected the accusation as baseless.",
          "{A} dismissed the allegations as \"lies and propaganda\".",
          "{A} rejected the claims, saying {A.it} had no forces {where}.");

  /** What a speaker's own words say, by stance; two per entry so a quote can span sentences. */
  static final List<List<String>> QUOTES_ACCUSE =
      List.of(
          List.of(
              "We hold {P_short} fully responsible for this crime.",
              "We will respond at the time and place of our choosing."),
          List.of(
              "This aggression will not go unanswered.",
              "Those who ordered it will be held accountable."),
          List.of(
              "The evidence points clearly to {P_short}.",
              "We have informed our partners and the United Nations."));

  static final List<List<String>> QUOTES_DENY =
      List.of(
          List.of("We had nothing to do with this incident.", "These accusations are baseless."),
          List.of(
              "Our forces were not involved in any way.",
              "We call for a transparent investigation."),
          List.of(
              "This is a fabrication designed to distract from the real culprits.",
              "We reject it completely."));
  static final List<List<String>> QUOTES_CLAIM =
      List.of(
          List.of("Our fighters struck {T_def} with precision.", "More operations will follow."),
          List.of("This operation was a response to {provocation}.", "We warned them repeatedly."));
  static final List<List<String>> QUOTES_NEUTRAL =
      List.of(
          List.of("We do not comment on operational matters.", "Our position has not changed."),
          List.of("We are following the situation closely.", "All sides must show restraint."),
          List.of(
              "We act in many arenas against those who threaten us.", "That is all I will say."));

  /** Background: no attribution, but the people, places and numbers a real story carries. */
  static final List<String> BACKGROUND =
      List.of(
          "{Third} has about {troops} troops in {host}, helping local forces fight {group}.",
          "Tensions between {host} and {other} have risen sharply in recent months, with both sides"
              + " trading threats and expelling diplomats.",
          "The {host_dem} government ordered an investigation into {s} on {day_after}.",
          "Residents {where} reported hearing at least {blasts} loud explosions shortly after"
              + " midnight, followed by the sirens of ambulances and fire engines.",
          "Satellite images published on {day_after} showed heavy damage to {T_def} and to several"
              + " nearby buildings, including a warehouse and a fuel tank.",
          "It was the {ordinal} such attack {where} since {year}, and the deadliest since a series"
              + " of blasts hit the area the year before.",
          "In all, {wounded} people were taken to hospitals in {city}, several in critical"
              + " condition.",
          "The United Nations called on all sides to show restraint, to avoid an escalation and to"
              + " allow humanitarian workers to reach the wounded.",
          "Flights into {city} were suspended for several hours after {s}, and the main road to the"
              + " area was closed to traffic until the evening.",
          "{T_def_cap} had been used to store rockets and drones, according to local residents.",
          "Oil prices rose by {percent} percent on {day_after} as traders weighed the risk of a"
              + " wider conflict.",
          "The {host_dem} parliament held an emergency session to discuss {s}, and several"
              + " lawmakers demanded the expulsion of foreign troops.",
          "Funerals for the dead were held in {city} on {day_after}, attended by thousands of"
              + " mourners.",
          "{Third} and {host} signed a security agreement in {year} that allows joint operations.",
          "Analysts said {s} fitted a pattern of attacks on supply lines {where} this year.",
          "Footage shared on social media appeared to show a large fire at {T_def}, with secondary"
              + " explosions continuing for more than an hour.",
          "The {host_dem} prime minister cut short a visit to {far_city} after {s}.",
          "Local officials said rescue teams were still searching the rubble on {day_after} and"
              + " that the number of dead could rise.",
          "{host} has been the scene of {blasts} similar strikes since {year}, most of them"
              + " unexplained.",
          "Rights groups urged {host} to publish the findings of its investigation.");

  /** Earlier strikes, in the outlet's own voice: the archive's graph links stories over time. */
  static final List<String> HISTORY =
      List.of(
          "In {year}, {P} carried out {kind_a} on {T_a} near {far_city}, killing {killed} people.",
          "{P} {has_P} carried out dozens of strikes in {other} since {year}.",
          "{P} {has_P} acknowledged launching {kind_a} in {other} in {year}.");

  /** Findings with no one to blame: the perpetrator is unknown. */
  static final List<String> INVESTIGATIONS =
      List.of(
          "A {host_dem} government investigation found that {S} had been caused by explosives,"
              + " without naming those responsible.",
          "An initial inquiry by the {host_dem} interior ministry concluded that {S} had been"
              + " caused by a drone.");

  /** Endings a reporter adds to a statement; each keeps the sentence's meaning. */
  static final List<String> CODAS =
      List.of(
          " without providing evidence",
          " in a televised address on {day_after}",
          ", citing intelligence reports",
          ", according to a statement carried by state media",
          ", a claim that could not be independently verified",
          " at a news conference in {city}");
}
