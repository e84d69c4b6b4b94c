"""Built-in word tables for demands: modal words, demand verbs, order modifiers, imperatives, audiences."""

from __future__ import annotations

from nkreports.model import Modality

from ._entries import ModalPattern

__all__ = [
    "AUDIENCES",
    "COMPLEMENT_VERBS",
    "DEMAND_VERBS",
    "IMPERATIVES",
    "MODALS",
    "ORDER_MODIFIERS",
]

# A word after "to" that reads as a verb: not a determiner, a plural, a gerund or a unit ("to border units").
# Not an infinitive: an article or a recipient's modifier ("handed down to municipal party committees").
_INFINITIVE = (
    r"(?!the |all |every |each |an? |its |their |local |border |municipal |provincial |county |city |district "
    r"|regional |national |military |party )[a-z]+(?<![^s]s)(?<!ing) "
)

#: Modifiers of an order noun that still name an order ("an emergency order to ...", "a strong mandate").
ORDER_MODIFIERS: tuple[str, ...] = (
    "emergency",
    "special",
    "urgent",
    "strong",
    "strict",
    "new",
    "secret",
    "internal",
    "official",
    "joint",
    "top-secret",
    "formal",
    "direct",
    "party",
    "state",
    "central",
    "provincial",
    "government",
    "military",
    "security",
    "police",
    "gag",
)

MODALS: tuple[ModalPattern, ...] = (
    ModalPattern("will-not-be-allowed", r"\b(?:will|would) not be (?:allowed|permitted) to\b", Modality.WARNING),
    ModalPattern(
        "not-allowed",
        r"\b(?:not|never|no longer) (?:be )?(?:allowed|permitted) to\b"
        r"|\b(?:aren|isn|weren|wasn|don|doesn|didn)[’']t (?:\w+ )?(?:allowed|permitted) to\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "told-cannot",
        r"\b(?:told|warned|instructed|informed) (?:[a-z-]+ ){0,3}?(?:that )?(?:they|we|you|people|residents|[a-z]+s)"
        r" (?:can[’']t|cannot|can not|must not|mustn[’']t|may not|could not|couldn[’']t|(?:can|could|may) no longer)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "banned-from",
        r"\b(?:are|is|be|were|was|been) (?:\w+ )?(?:banned|prohibited|barred|forbidden) (?:from|to)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "passive-ban",
        r"\b(?:are|is|was|were|has been|have been|had been|will be|would be|be) (?:also |now |\w+ly )?"
        r"(?:banned|prohibited|forbidden|closed|shut down|suspended|restricted|limited)\b(?! (?:from|to)\b)",
        Modality.PROHIBITION,
    ),
    # "Strict limits on ferries began to be imposed on Nov. 6": a curb imposed, stated by its subject.
    ModalPattern(
        "curbs-imposed",
        r"\b(?:restrictions|controls|curbs|bans?|curfews?|lockdowns?|limits|quarantines?)\b[^.;:]{0,100}?"
        r"\b(?:were|was|have been|has been|had been|are|is|be|being) (?:\w+ )?(?:imposed|implemented|enforced"
        r"|introduced|put in place)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "shall-be-prohibited",
        r"\b(?:shall|will) be (?:\w+ly )?(?:prohibited|banned|forbidden)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "must-not",
        r"\b(?:must|shall|may|should) not\b|\bmustn’t\b",
        Modality.PROHIBITION,
    ),
    ModalPattern("refrain", r"\brefrain from\b", Modality.PROHIBITION),
    ModalPattern("discouraged", r"\b(?:are|is|were|was|been) (?:\w+ )?discouraged from\b", Modality.EXHORTATION),
    # "Quotas for flood relief have been issued to all organizations", "each unit was given a strict quota".
    ModalPattern(
        "quotas",
        r"\b[Qq]uotas? (?:[^.;:]{0,80}? )?(?:was|were|has been|have been|had been|are|is) (?:\w+ )?"
        r"(?:issued|handed down|assigned|imposed|given|handed out)\b"
        r"|\b(?:was|were|has been|have been|had been|are|is) (?:\w+ )?(?:given|assigned|handed|set) (?:an? |their |its "
        r"|the )?(?:[\w-]+,? ){0,3}?(?:quotas?|assignments?)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "allowed-to",
        r"\b(?:are|is|be|were|was|been) (?:\w+ )?(?:allowed|permitted) to\b"
        r"|\bmay be (?!intended|aimed|related|linked|connected|designed|meant|used as)\w+ed\b|\bcan now\b",
        Modality.PERMISSION,
    ),
    ModalPattern(
        "punishment",
        r"\b(?:will|would|shall|should) (?:also )?(?:be (?:\w+ ){0,2}(?:punished|fined|sent|handed over|expelled"
        r"|dismissed|confiscated|court-martialed|held (?:\w+ly )?(?:responsible|accountable)|treated as|recalled|shot"
        r"|charged|exiled|criticized|denounced|executed|put to death|banished|imprisoned|jailed"
        r"|arrested|called to account|moved|relocated|investigated|detained|deported|purged)"
        r"|face (?:\w+ ){0,3}(?:punishment|investigation|charges|prosecution|consequences|expulsion|up to|time)"
        r"|lose (?:their|his|her|its)|have (?:their|his|her|its) (?:\w+ ){0,3}(?:cut|suspended|confiscated|posted"
        r"|announced|revoked|taken away|seized|torn down)|show no (?:forgiveness|mercy)|take strict legal measures)"
        r"|\bmust be (?:[“\"]?\w+ly[”\"]? )?(?:punished|severely dealt with)\b"
        # "is to be charged with treason", "can even be executed"
        r"|\b(?:is|are) to be (?:\w+ly )?(?:charged with|punished|dealt with)\b"
        r"|\b(?:can|could|may|might) (?:even |also )?be (?:\w+ly )?(?:executed|punished|arrested|charged|jailed"
        r"|imprisoned|shot|exiled|banished|sent to (?:a |the )?(?:[\w-]+ )?(?:camp|prison))\b"
        r"|\bfaces? up to\b|\bwon’t be forgiven\b|\bwill not be forgiven\b"
        r"|[’']ll face (?:\w+ ){0,3}(?:punishment|investigation|charges|prosecution|consequences|time)\b"
        r"|\b(?:will|would|could|can|may) (?:\w+ )?result in (?:\w+ ){0,2}(?:punishment|penalties|arrest|prosecution"
        r"|expulsion)"
        r"|\b(?:can|could|will|may) get (?:you|them|people|him|her) (?:\w+ ){0,2}in trouble\b"
        r"|\b(?:can|could|will|may) have (?:their|his|her|its) (?:\w+ ){0,3}(?:confiscated|revoked|seized|taken away)\b"
        r"|\b(?:are|is) (?:\w+ly )?punished\b|\b(?:have|has|had) to face\b"
        r"|\b(?:may|could|might|can) (?:\w+ )?face (?:\w+ ){0,3}"
        r"(?:shots|punishment|charges|prosecution|investigation|penalties|imprisonment|execution|prison|jail"
        r"|death|labor)\b",
        Modality.WARNING,
    ),
    ModalPattern(
        "enforcement-threat",
        r"\b(?:will|would|shall) (?:[“\"]?\w+[”\"]? ){0,2}?(?:confiscate|seize|arrest|punish|expel|detain|shoot|execute"
        r"|exile|dismiss|imprison|banish|deport)\b(?!-)"
        r"|\b(?:will|would|shall) (?:\w+ ){0,2}?(?:carry out|impose|mete out) (?:\w+ ){0,2}?"
        r"(?:punishments?|penalties)\b"
        r"|\b(?:will|would|shall) (?:\w+ ){0,4}?send (?:\w+ ){0,3}?to (?:a |an |the )?(?:[\w-]+ ){0,2}?"
        r"(?:camp|prison|countryside|mines?)\b"
        # "saying they would kill anyone near the border": a threat against whoever disobeys
        r"|\b(?:will|would|shall) (?:\w+ )?kill (?:anyone|anybody|those|whoever|all|every)\b",
        Modality.WARNING,
    ),
    ModalPattern(
        "lifted",
        r"\b(?:was|were|has been|have been|had been|will be|is being) (?:\w+ )?(?:lifted|eased|relaxed|reopened)\b",
        Modality.PERMISSION,
    ),
    # "Residents have been warned against using Chinese phones": a ban on the gerund.
    ModalPattern(
        "warned-against",
        r"\b(?:are|is|was|were|be|been|being|got) (?:\w+ )?(?:warned|cautioned) against (?=[a-z]+ing\b)",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "passive-order-not",
        r"\b(?:are|is|was|were|be|been|being|got) (?:\w+ )?(?:ordered|told|instructed|warned|directed) not to\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "passive-order",
        r"\b(?:are|is|was|were|be|been|being|got) (?:\w+ )?(?:ordered|told|instructed|required|forced|mobilized"
        r"|directed|summoned and told|made|compelled|obliged|obligated|decided|resolved) (?:not )?to\b"
        # "officials are tasked with living on the farms"
        r"|\b(?:are|is|was|were|be|been|being) (?:\w+ly )?tasked with\b"
        # "students are sent to work on farms", "the groups were deployed to the construction site"
        r"|\b(?:are|is|was|were|be|been|being) (?:\w+ )?(?:sent|dispatched) to (?:work|help|assist|support|build"
        r"|plant|harvest|labor|guard|patrol)\b|\b(?:are|is|was|were|be|been|being) (?:\w+ )?deployed"
        r" (?:(?:in|along|at|on|across|around|throughout) [^,.;]{1,60}? )?to\b",
        Modality.OBLIGATION,
    ),
    # "was ordered by the ministry to run evening classes": the demand is what follows "to".
    # "Residents are being advised to avoid strangers": advice, not an order.
    ModalPattern(
        "passive-advice",
        r"\b(?:are|is|was|were|be|been|being) (?:\w+ )?(?:advised|urged|encouraged|asked|called on|called upon)"
        r" (?:not )?to\b",
        Modality.EXHORTATION,
    ),
    ModalPattern(
        "passive-order-by",
        r"\b(?:are|is|was|were|be|been|being) (?:\w+ )?(?:ordered|told|instructed|required|directed) by (?:the )?"
        r"(?:(?!that\b)[\w’'-]+ ){1,5}?(?:not )?to\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "passive-order-given",
        r"\b(?:are|is|was|were|been|being|got) (?:all )?(?:given|handed|issued) (?:an? )?(?:\w+ )?"
        r"(?:orders?|instructions?|directives?) (?:not only )?(?:not )?to\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "orders-issued",
        r"\b(?:orders?|instructions?|directives?|decrees?) (?:also )?(?:was|were|has been|have been|had been) "
        r"(?:\w+ )?(?:issued|handed down|sent down|given) (?:\w+ ){0,3}?(?:not )?to (?=" + _INFINITIVE + ")",
        Modality.OBLIGATION,
    ),
    # "A special order has been handed down prohibiting the use of foreign currency."
    ModalPattern(
        "orders-issued-barring",
        r"\b(?:orders?|instructions?|directives?|decrees?) (?:also )?(?:was|were|has been|have been|had been) "
        r"(?:\w+ )?(?:issued|handed down|sent down|given|passed down) (?:[\w’'-]+ ){0,4}?"
        r"(?:prohibiting|banning|restricting|limiting|forbidding|barring)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "ordered-shut",
        r"\b(?:are|is|was|were|be|been|being) (?:\w+ )?ordered (?:\w+ly )?(?:postponed|closed|shut|suspended|cancell?ed"
        r"|halted|stopped)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "ordered-in",
        r"\b(?:are|is|was|were|be|been|being) (?:\w+ )?ordered (?:\w+ly )?(?:indoors|inside|home|back)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "must",
        r"\b(?:must|shall|has to|have to|had to|needs? to|is required to|are required to|are obliged to"
        r"|is obliged to|be required to)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "only",
        r"\b(?:will|shall|can|may)(?: now)? (?:only (?:be )?[a-z]{3,}"
        r"|(?:operate|open|be (?:open|sold|traded|used)) only)\b"
        r"|\bonly [^.;]{3,80}? (?:can|may|will) (?:now )?be (?:sold|traded|used|bought|opened)\b"
        # "stipulate that only state-run stores may sell imported goods": everyone else may not
        r"|(?<!\bthe )(?<!\bThe )(?<!\ban )\bonly (?!(?:place|way|thing|one|time|option|choice|reason)s?\b)"
        r"(?:[\w’'-]+ ){1,6}?(?:can|may) (?:now )?(?!be\b|have\b)[a-z]{3,}\b",
        Modality.PROHIBITION,
    ),
    # "Smuggling is now considered an act of treason": an act the state brands a crime is threatened with punishment.
    ModalPattern(
        "deemed-crime",
        r"\b(?:is|are|was|were|being|been) (?:\w+ )?(?:considered|deemed|regarded as|treated as|classified as"
        r"|labell?ed(?: as)?|branded(?: as)?) (?:an? |the )?[‘'“\"]?(?:[\w-]+ ){0,2}?(?:treason\w*|crimes?|criminal"
        r"|espionage|sedition|seditious|anti-state|reactionary|betrayal)\b"
        # "relaying information abroad is an act of espionage"
        r"|\b(?:is|are) (?:an? )?(?:act|crime)s? of (?:espionage|treason|betrayal|sabotage|sedition)\b",
        Modality.WARNING,
    ),
    # "New cases are to be reviewed and classified": what is to be done is ordered.
    ModalPattern(
        "to-be-done",
        r"\b(?:is|are) to be (?:\w+ly )?(?!held\b|seen\b|expected\b|found\b|announced\b|released\b|used\b)"
        r"[a-z]{3,}(?:ed|en)\b",
        Modality.OBLIGATION,
    ),
    # "any phone contact with foreigners is considered illegal": a ban stated as a fact.
    ModalPattern(
        "deemed-illegal",
        r"\b(?:is|are|was|were|being|been) (?:\w+ )?(?:considered|deemed|regarded as|treated as|classified as"
        r"|declared) (?:to be )?(?:illegal|unlawful|prohibited|forbidden|banned)\b"
        r"|\b(?:remains?|became|becomes|is|are) (?:still |now |strictly |also )?(?:illegal|unlawful)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern("should", r"\b(?:should|it is necessary to|ought to)\b", Modality.EXHORTATION),
    # "traders have been warned that the curfew may return": what they were warned of, from after "that".
    ModalPattern(
        "warned-that",
        r"(?:(?<=\bbeen warned that )|(?<=\bwere warned that )|(?<=\bwas warned that )|(?<=\bare warned that )"
        r"|(?<=\bis warned that ))\b[a-z]",
        Modality.WARNING,
    ),
    # "Travel certificates aren't being issued unless ...": papers withheld are a ban on what they permit.
    ModalPattern(
        "not-issued",
        r"\b(?:permits?|certificates?|passes|licen[cs]es?|visas?|passports?) (?:are|is|were|was|have|has)"
        r"(?:n[’']t| not| no longer)(?: been| being){0,2} (?:issued|granted|approved|given out)\b",
        Modality.PROHIBITION,
    ),
)

#: Verbs whose complement ("ordered residents to ...") is a demand, with the demand's modality.
DEMAND_VERBS: tuple[ModalPattern, ...] = (
    ModalPattern(
        "order-to",
        r"\b(?:ordered|orders|ordering|instructed|instructs|instructing|instruct|told|tells|required|requires|requiring"
        r"|require"
        r"|directed|directs|mobilized|mobilizes|forced|forces|forcing|telling|tell|commanded|decided|resolved|demanded"
        r"|demanding)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "call-on",
        r"\b(?:urged|urges|urging|urge|called on|calls on|call on|calling on|called for|calls for|calling for"
        r"|called upon|calls upon|calling upon"
        r"|asked|asks"
        r"|encouraged|encourages)\b",
        Modality.EXHORTATION,
    ),
    ModalPattern(
        "allow",
        r"\b(?:allowed|allows|allowing|allow|permitted|permits|permitting|permit|lifted|lifting|reopened|reopening)\b",
        Modality.PERMISSION,
    ),
    ModalPattern(
        "ban",
        r"\b(?:banned|bans|banning|ban|prohibited|prohibits|prohibiting|prohibit|barred|bars|barring|bar|forbade"
        r"|forbids|forbidding|forbid|outlawed|outlaws|outlawing)\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "order-noun",
        # "a Cabinet order reducing ...": a capitalized organ before the noun names whose order it is
        r"\b(?:instructions|orders|guidelines|an? (?:(?:" + "|".join(ORDER_MODIFIERS) + r")[ -]|[A-Z][a-z]+ )?[“\"]?"
        r"(?:order|directive|decree|mandate|instruction))\b"
        # "the order to reduce ...": a definite order noun only with a verb after "to" (not "to border units")
        r"|(?:\b(?:[Tt]he|its|their) (?:\w+ )?|(?<=[’'] )|(?<=[’']s ))(?:order|directive|instruction|mandate|decree)"
        r"(?= to " + _INFINITIVE + r")",
        Modality.OBLIGATION,
    ),
    # "is overseeing a tightening of checks on lodgers": what the organ oversees is its act.
    ModalPattern(
        "oversee", r"\b(?:overseeing|oversees|oversaw|supervising)(?= (?:an?|the|all) [a-z])", Modality.OBLIGATION
    ),
    # "organized their own inspection teams to check their barracks": control groups set up to act.
    ModalPattern(
        "groups-formed",
        r"\b(?:organized|organised|formed|set up|established|dispatched|sent)(?= (?:[\w’'-]+ ){0,4}?"
        r"(?:inspection|strike|crackdown|task|enforcement|surveillance|patrol) (?:groups?|teams?|units?|squads?|force)"
        r" to [a-z])",
        Modality.PROHIBITION,
    ),
    # "took the drastic measure of fully sealing off Rason": the measure taken is the demand.
    ModalPattern(
        "measure-taken",
        r"\b(?:took|taken|taking|takes|take) [“\"]?(?:the |a |an |all )?(?:[\w-]+ ){0,2}?(?:measures?|steps?)"
        r" (?:of|to)\b",
        Modality.OBLIGATION,
    ),
    # "began a campaign to plant trees", "a drive to root out smuggling": what the campaign sets out to do.
    ModalPattern(
        "campaign-to",
        r"\b(?:launched|launching|launches|began|begun|begins|started|starting|starts|initiated|initiating|mounted"
        r"|mounting|kicked off) (?:an?|the|its|their|another) (?:[\w-]+ ){0,2}?(?:campaign|drive)(?= to "
        + _INFINITIVE
        + r")",
        Modality.OBLIGATION,
    ),
    # "The county bureaus order their units to ...": the verb in the present tense, before its object.
    # "The directive mandates careful monitoring of ...": what it mandates is demanded.
    ModalPattern("mandate", r"\b(?:mandates|mandated|mandating)\b", Modality.OBLIGATION),
    ModalPattern(
        "order-present",
        r"(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )\border(?= (?:its|their|all|every|each|local|lower) )",
        Modality.OBLIGATION,
    ),
    # "announced plans to hold struggle meetings": what the organ plans is what it demands.
    ModalPattern(
        "plans", r"\b(?:announced|unveiled|laid out|drew up) (?:its |their |new )?plans?\b", Modality.OBLIGATION
    ),
    ModalPattern(
        "crackdown",
        r"\b(?:(?:launched|launch|launching|initiated|initiating|began|begun|started|start|ordered|order|conducting"
        r"|conducted|conducts|carrying out"
        r"|carried out|carries out"
        r"|announced|stepped up|stepping up|intensified|intensifying|declared) (?:an? |the )?(?:[\w-]+ ){0,2}?"
        r"(?:crackdown|clampdown|inspection|search(?:e)?|raid)s?"
        r"|(?:to|will|would|must) crack down|(?<=\bbegun )cracking down on|(?<=\bbegan )cracking down on"
        r"|(?<=\bbeen )cracking down on|(?<=\bstarted )cracking down on|(?<=\bbe )cracking down on"
        # "received a commendation for its successful crackdown on ...": the organ's own crackdown
        r"|\b(?:its|their) (?:[\w-]+ ){0,2}?(?:crackdown|clampdown)s?(?= (?:on|against)\b)"
        r"|(?:(?<=\bare )|(?<=\bre )|(?<=\bis )|(?<=\bwere )|(?<=\bwas )|(?<=\balso )|(?<=\bnow ))cracking down on)\b",
        Modality.PROHIBITION,
    ),
    # "an inspection to check whether appliances are used beyond the rules": what it checks for is forbidden.
    ModalPattern(
        "inspection-purpose",
        r"\b(?:[Aa]n? |[Tt]he )?(?:inspection|search)s?(?= to (?:check|see|verify|find|catch|confirm|determine|detect"
        r"|root out)\b)",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "enact",
        r"\b(?:passed|enacted|adopted|approved|promulgated)(?: (?:a|an|the|new|two|three|several|revised))?"
        r"(?: [a-z]+)? (?:laws?|decrees?|decisions?|resolutions?|regulations?|ordinances?)\b"
        r"|\bdeclared (?:an? |the )?(?:[\w-]+ ){0,2}?(?:state of emergency|emergency|lockdown|quarantine)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern("close", r"\b(?:closed|shut)\b", Modality.PROHIBITION),
    # "The meeting set forth the tasks to implement ...", "set the task of completing ...".
    ModalPattern(
        "set-tasks",
        r"\bset (?:forth |out )?(?:the |important |concrete |\w+ly )?tasks? (?:to|for|of)\b",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "stress-need",
        r"\b(?:stressed|stresses|stressing|underlined|underlines|underlining|emphasized|emphasizes|emphasizing"
        # "emphasizing through daily lectures the importance of reporting ..."
        r"|highlighted|underscored) (?:(?:through|in|at|during) (?:[\w-]+ ){1,3})?the (?:\w+ )?"
        r"(?:need|importance|necessity) (?:to|for|of)\b"
        # "emphasized creating a strong management system": the gerund is what is urged
        r"|\b(?:stressed|emphasized|underlined|underscored)(?= (?!being\b|having\b)[a-z]+ing [a-z])",
        Modality.EXHORTATION,
    ),
    ModalPattern(
        "toughen",
        r"\b(?:toughened|toughening|stiffened|stiffening|strengthened|strengthening) (?:the |its |their )?"
        r"(?:punishments?|penalties) (?:for|against)\b",
        Modality.WARNING,
    ),
    ModalPattern(
        "tighten",
        r"\b(?:tightened|tightening|stepped up|stepping up) (?:the |its |their )?(?:\w+ )?(?:patrols|surveillance"
        r"|efforts to (?:suppress|block|prevent|stop|crack down on))\b",
        Modality.PROHIBITION,
    ),
    ModalPattern(
        "warn",
        # not the noun in "fire warning shots", "warning signs"
        r"\b(?:warned|warns|[Ww]arning(?! (?:shots?|signs?|signals?|lights?|sirens?)\b)|threatened|threatens"
        r"|threatening)\b",
        Modality.WARNING,
    ),
    ModalPattern(
        "restrict",
        r"\b(?:imposed|imposing|imposes|sealed off|sealing off|seals off|blocked off|blocking off|shut down"
        r"|shutting down|limiting|restricting|(?:a|the|an?) (?:\w+ )?ban on|put (?:a stop|an end) to"
        r"|(?:put|puts|putting|placed|places|placing)(?= (?:[\w’'-]+ ){1,4}?under (?:an? |the )?(?:strict |total "
        r"|full |\w+-day )?(?:lockdown|quarantine|curfew|martial law|surveillance)\b))\b",
        Modality.PROHIBITION,
    ),
    # "dispatched security guards along all roads": forces posted to control an area curb what they guard.
    ModalPattern(
        "deploy-guards",
        r"\b(?:dispatched|dispatching|deployed|deploying|stationed|stationing|posted|posting)(?= (?:more |extra "
        r"|additional |armed |\w+ly )?(?:security guards|guards|police(?:men| officers)?|patrols|checkpoints"
        r"|inspectors|security (?:agents|personnel|officers|officials)|inspection (?:teams|groups|units)"
        r"|strike teams)\b)",
        Modality.PROHIBITION,
    ),
    # "has assigned specific areas to marketplaces", "assigned each household a quota of ...": work handed out.
    ModalPattern(
        "assign",
        r"\b(?:assigned|assigns|assigning)(?= (?:[\w-]+ ){0,3}?(?:areas|tasks|quotas?|duties|sections|zones"
        r"|targets|plots)\b)",
        Modality.OBLIGATION,
    ),
    ModalPattern(
        "campaign",
        r"(?:(?<=\bbegan )|(?<=\bbegun )|(?<=\bstarted )|(?<=\bbeen )|(?<=\bis )|(?<=\bare ))"
        r"(?:\w+ly )?(?:inspecting|searching|checking|raiding|monitoring|patrolling|reviewing|examining|investigating"
        r"|conducting (?:inspections|searches) (?:of|on)|carrying out inspections (?:of|on))\b",
        Modality.OBLIGATION,
    ),
)

#: Base verbs that open a second demand after "and" in an ordered complement ("to file reports and arrest ...").
COMPLEMENT_VERBS: tuple[str, ...] = (
    "arrest",
    "attend",
    "bring",
    "burn",
    "capture",
    "catch",
    "check",
    "close",
    "collect",
    "confiscate",
    "detain",
    "file",
    "hand",
    "inspect",
    "investigate",
    "keep",
    "monitor",
    "mobilize",
    "pay",
    "prevent",
    "punish",
    "register",
    "remove",
    "report",
    "return",
    "search",
    "send",
    "shoot",
    "stop",
    "strengthen",
    "submit",
    "surrender",
    "tighten",
    "track",
    "watch",
)

#: Verbs that open a command in the imperative ("Report immediately when ..."), capitalized as a quotation starts.
IMPERATIVES: tuple[str, ...] = (
    "Report",
    "Keep",
    "Follow",
    "Obey",
    "Register",
    "Stay",
    "Submit",
    "Hand over",
    "Guard against",
    "Watch out",
    "Beware",
    "Eliminate",
    "Root out",
    "Wear",
    "Return",
    "Inform",
    "Prevent",
    "Reject",
    "Protect",
    "Strengthen",
    "Maintain",
    "Comply",
    "Uphold",
    "Defend",
    "Crush",
    "Smash",
)

#: Lower-case plural nouns that name who must comply, two-word ones first.
AUDIENCES: tuple[str, ...] = (
    "inminban heads",
    "border guards",
    "market managers",
    "farm managers",
    "police officers",
    "security officers",
    "security officials",
    "government workers",
    "university students",
    "military units",
    "party committees",
    "customs officials",
    "party members",
    "union members",
    "red guard members",
    "trading companies",
    "trading company managers",
    "work teams",
    "crew members",
    "grain shops",
    "party organizations",
    "working people",
    "county party committees",
    "people's committees",
    "tourism workers",
    "agricultural scientists",
    "industrial establishments",
    "service establishments",
    "security personnel",
    "security agents",
    "state security agents",
    "state-run companies",
    "high school students",
    "border residents",
    "residents",
    "traders",
    "officials",
    "workers",
    "vendors",
    "households",
    "students",
    "soldiers",
    "commanders",
    "farmers",
    "fishermen",
    "captains",
    "managers",
    "members",
    "drivers",
    "agents",
    "inspectors",
    "miners",
    "families",
    "farms",
    "factories",
    "enterprises",
    "institutions",
    "individuals",
    "ministries",
    "schools",
    "workplaces",
    "merchants",
    "citizens",
    "guards",
    "units",
    "teachers",
    "parents",
    "smugglers",
    "civilians",
    "troops",
    "the army",
    "people",
    "police",
    "organizations",
    "businesses",
    "pharmacies",
    "professors",
    "drifters",
    "wandering people",
    "kotjebi",
    "branches",
    "the public",
)
