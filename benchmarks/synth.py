"""A synthetic corpus for the benchmark: invented articles in three outlets' house styles.

Every sentence is built here from small tables of places, issuers, demands and
phrasing; nothing is taken from a real article or from the dev corpus.  Article
``i`` of a seed is always the same, so every run and every tool sees the same
documents, and a worker can make them one at a time (memory stays flat).

    >>> doc = make_document(7, kind="text")
    >>> doc.kind, doc.outlet in OUTLETS
    ('text', True)
"""

from __future__ import annotations

import datetime as dt
import html
import random
from collections.abc import Iterator
from dataclasses import dataclass

OUTLETS = ("dailynk", "rfa", "asiapress")
KINDS = ("text", "html")

# (province as the press writes it, cities and counties in it)
PLACES = (
    ("Yanggang Province", ("Hyesan", "Kapsan", "Samjiyon", "Pochon", "Kimjongsuk County")),
    ("North Hamgyong Province", ("Chongjin", "Hoeryong", "Musan", "Onsong", "Kimchaek")),
    ("South Hamgyong Province", ("Hamhung", "Tanchon", "Sinpo", "Hongwon County")),
    ("North Pyongan Province", ("Sinuiju", "Jongju", "Kusong", "Sakju County")),
    ("South Pyongan Province", ("Pyongsong", "Anju", "Sunchon", "Kaechon")),
    ("Chagang Province", ("Kanggye", "Manpo", "Huichon", "Chasong County")),
    ("Kangwon Province", ("Wonsan", "Munchon", "Kosong County")),
    ("North Hwanghae Province", ("Sariwon", "Songrim", "Pyongsan County")),
    ("South Hwanghae Province", ("Haeju", "Ongjin County", "Chongdan County")),
)
SPECIAL = ("Pyongyang", "Rason", "Nampo", "Kaesong")
FOREIGN = ("Dandong", "Yanji", "Changbai", "Shenyang", "Vladivostok")

ISSUERS = (
    "the {city} people’s committee",
    "the {province} Party Committee",
    "the provincial people’s committee",
    "the Ministry of Social Security",
    "the Ministry of State Security",
    "the {city} market management office",
    "the Central Committee of the Workers’ Party",
    "the Cabinet",
    "local authorities",
    "the {city} city party committee",
    "the provincial prosecutor’s office",
    "the local security department",
)
AUDIENCES = (
    "traders",
    "market vendors",
    "residents",
    "farmers",
    "factory workers",
    "students",
    "truck drivers",
    "fishermen",
    "party officials",
    "inminban heads",
    "smugglers",
    "housewives",
)
GOODS = (
    "rice",
    "corn",
    "diesel",
    "gasoline",
    "cooking oil",
    "sugar",
    "mobile phones",
    "imported clothing",
    "seafood",
    "coal briquettes",
    "medicine",
    "solar panels",
    "flour",
    "cigarettes",
)
OBLIGATIONS = (
    "must register every sale of {good} with the market office",
    "must report any contact with people across the border",
    "have to hand in {n} kilograms of {good} by the end of the month",
    "are required to attend evening study sessions twice a week",
    "must carry a travel permit when leaving {city}",
    "must submit a list of everyone staying in their homes",
    "have to join the spring mobilization on the cooperative farms",
    "must pay a monthly fee of {n},000 won to the local office",
)
PROHIBITIONS = (
    "may not sell {good} outside the designated market",
    "are banned from using Chinese mobile phones",
    "are forbidden to travel to the border area without approval",
    "cannot sell {good} at private stalls",
    "may not gather in groups of more than {n} people after dark",
    "are not allowed to watch foreign films or keep foreign media",
)
WARNINGS = (
    "anyone caught breaking the rules will be sent to a labor training camp",
    "violators will have their goods confiscated and face a fine",
    "those who fail to comply will be punished under the law on anti-socialist behavior",
    "offenders will be expelled from the market and their stalls closed",
)
EXHORTATIONS = (
    "should show their loyalty by increasing production",
    "should all take part in the campaign to protect state property",
    "should set an example by working alongside farmers",
)
SOURCES = (
    "A source in {province}",
    "A source in {city}",
    "A resident of {city}",
    "A trader in {city}",
    "A Chinese trader in {foreign}",
    "A source inside North Korea",
    "A worker at a factory in {city}",
    "A security official in {province}",
)
REACTIONS = (
    "People are angry because prices have already doubled this year",
    "Nobody dares to complain in public, but everyone is talking about it at home",
    "We can barely feed our children as it is",
    "The officials take bribes from anyone who wants an exception",
    "The market is the only place people can earn money, and now even that is closing",
    "Some families have started selling their furniture to pay the fees",
)
BACKGROUND = (
    "Prices of {good} in {city} have risen by about a third since the border closure, according to traders.",
    "The authorities have tightened control over the markets in border regions over the past few years.",
    "Similar measures were introduced in {city2} last year but were relaxed after several months.",
    "Residents say the new rules have made it harder to move goods between provinces.",
    "Smuggling across the Yalu and Tumen rivers has dropped sharply since guard posts were reinforced.",
    "Many households depend on small-scale trade for most of their income.",
    "State-run shops in {city} have had little to sell since the spring, and queues form whenever a delivery arrives.",
    "Officials have been told that their own performance reviews will depend on how strictly the order is enforced.",
    "Under the new system, each neighborhood unit head is responsible for reporting households that break the rules.",
    "Border guards in {province} were rotated last month, and the new units have been stricter about patrols.",
    "Some residents have begun bartering {good} for corn instead of selling it for cash.",
    "The price of {good} at the {city2} market has fluctuated widely in recent weeks as supplies dried up.",
)
HEADLINES = (
    "{city} orders {audience} to {verb}",
    "{province} tightens rules on {good} sales",
    "Authorities in {city} crack down on {audience}",
    "New {good} controls leave {audience} in {city} struggling",
    "North Korea steps up checks on {audience} in {province}",
)
HEAD_VERBS = ("register with local offices", "hand in {good}", "attend weekly lectures", "stop selling {good}")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
AUTHORS = ("Kim Min-ji", "Lee Sang-yong", "Park Jae-hoon", "Choi Eun-young", "Jung Hyun-woo", "Seo Ji-hye")


@dataclass(frozen=True, slots=True)
class SynthDoc:
    """One generated document: its content and the publication date handed to the parser."""

    name: str
    outlet: str
    kind: str
    content: str
    published: str


class _Article:
    """The facts of one invented article, picked at random, and the sentences built from them."""

    def __init__(self, rng: random.Random, outlet: str) -> None:
        self.rng = rng
        self.outlet = outlet
        self.province, cities = rng.choice(PLACES)
        self.city = rng.choice(cities + SPECIAL[:1] if rng.random() < 0.1 else cities)
        self.city2 = rng.choice(rng.choice(PLACES)[1])
        self.foreign = rng.choice(FOREIGN)
        self.good = rng.choice(GOODS)
        self.audience = rng.choice(AUDIENCES)
        self.published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        self.issued = self.published - dt.timedelta(days=rng.randrange(3, 40))
        self.contacted = self.published - dt.timedelta(days=rng.randrange(1, 7))
        self.author = rng.choice(AUTHORS)

    def fill(self, template: str) -> str:
        return template.format(
            city=self.city,
            city2=self.city2,
            province=self.province,
            foreign=self.foreign,
            good=self.good,
            audience=self.audience,
            n=self.rng.randrange(2, 30),
            verb=self.fill(self.rng.choice(HEAD_VERBS)) if "{verb}" in template else "",
        )

    def day(self, value: dt.date) -> str:
        return f"{MONTHS[value.month - 1]} {value.day}"

    def headline(self) -> str:
        text = self.fill(self.rng.choice(HEADLINES))
        return text[0].upper() + text[1:]

    def issuer(self) -> str:
        return self.fill(self.rng.choice(ISSUERS))

    def issuer_cap(self) -> str:
        text = self.issuer()
        return text[0].upper() + text[1:]

    def demand(self) -> str:
        table = self.rng.choice((OBLIGATIONS, OBLIGATIONS, PROHIBITIONS, PROHIBITIONS, EXHORTATIONS))
        return self.fill(self.rng.choice(table))

    def source(self) -> str:
        return self.fill(self.rng.choice(SOURCES))

    def reaction(self) -> str:
        return self.rng.choice(REACTIONS)

    def background(self) -> str:
        return self.fill(self.rng.choice(BACKGROUND))

    def warning(self) -> str:
        return self.fill(self.rng.choice(WARNINGS))

    def weekday(self) -> str:
        return WEEKDAYS[self.contacted.weekday()]


def _dailynk(a: _Article) -> tuple[str, list[tuple[str, str]]]:
    issuer = a.issuer_cap()
    src = a.source()
    blocks = [
        (
            "p",
            f"{issuer} has ordered {a.audience} in {a.city} to comply with new rules "
            f"on {a.good}, Daily NK has learned.",
        ),
        (
            "p",
            f"{src} told Daily NK on {a.weekday()} that the order was issued on {a.day(a.issued)} and read out "
            f"at inminban meetings across {a.city}.",
        ),
        ("p", f"According to the source, {a.audience} {a.demand()}, and {a.warning()}."),
        ("p", f"“{a.reaction()},” the source said. “{a.reaction()}.”"),
        ("caption", f"FILE PHOTO: A market in {a.province}. (Daily NK)"),
        ("p", f"{a.background()} {a.background()}"),
        ("p", f"The source added that {a.audience} {a.demand()}, and that {a.warning()}."),
        ("p", f"{a.background()} {a.background()}"),
    ]
    if a.rng.random() < 0.6:
        blocks.append(("h2", f"Checks on {a.good} sellers"))
        blocks.append(
            (
                "p",
                f"An additional source in {a.city2} said officials from {a.issuer()} began inspecting stalls "
                f"late last month and told {a.rng.choice(AUDIENCES)} that they {a.demand()}.",
            )
        )
    blocks.append(("p", f"“{a.reaction()},” the second source said."))
    blocks.append(("footer", "Please direct any comments or questions about this article to dailynkenglish@uni.com."))
    blocks.append(("footer", "Read in Korean"))
    return a.headline(), blocks


def _rfa(a: _Article) -> tuple[str, list[tuple[str, str]]]:
    blocks = [
        (
            "p",
            f"Authorities in {a.province} have told {a.audience} that they {a.demand()}, "
            f"sources in the country told RFA.",
        ),
        (
            "p",
            f"{a.issuer_cap()} issued the order on {a.day(a.issued)}, "
            f"a resident of {a.city} told RFA Korean on {a.weekday()}.",
        ),
        (
            "p",
            f'"{a.reaction()}," said the resident, who requested anonymity for safety reasons. '
            f'"Those who ignore it are told that {a.warning()}."',
        ),
        ("p", f"{a.background()} {a.background()}"),
        ("p", f"According to the resident, {a.issuer()} also said that {a.audience} {a.demand()}."),
        ("p", f'"{a.reaction()}. {a.reaction()}," the resident said.'),
        ("h3", f"{a.good.capitalize()} in short supply"),
        (
            "p",
            f"A trader in {a.city2}, who declined to be named to speak freely, said {a.audience} in the area "
            f"{a.demand()} since last month.",
        ),
        ("p", f'"{a.reaction()}," the trader said.'),
        ("p", f"{a.background()} {a.background()}"),
        ("footer", f"Translated by {a.author}. Edited by Eugene Whong."),
    ]
    return a.headline(), blocks


def _asiapress(a: _Article) -> tuple[str, list[tuple[str, str]]]:
    blocks = [
        (
            "p",
            f"{a.issuer_cap()} has instructed {a.audience} that they {a.demand()}, "
            f"ASIAPRESS’s reporting partner in {a.province} reported on {a.day(a.contacted)}.",
        ),
        ("h3", f"◆ {a.good.capitalize()} now sold only at state shops"),
        (
            "p",
            f"According to the partner, a lecture was held in {a.city} on {a.day(a.issued)} at which "
            f"residents were told that {a.warning()}.",
        ),
        ("p", f"“{a.reaction()},” the partner said."),
        (
            "p",
            f"A reporting partner in {a.city2} said 1kg of {a.good} sold for {a.rng.randrange(20, 90) * 100:,} "
            f"won at the market in mid-{MONTHS[a.contacted.month - 1].rstrip('.')}.",
        ),
        ("p", f"{a.background()} {a.background()}"),
        ("h3", "◆ Inspections at the market"),
        (
            "p",
            f"The partner in {a.city} said {a.issuer()} sent inspection teams to the market on {a.weekday()}, "
            f"and that {a.audience} {a.demand()}.",
        ),
        ("p", f"“{a.reaction()}. {a.reaction()},” the partner added."),
        ("p", a.background()),
        (
            "footer",
            "※ ASIAPRESS contacts its reporting partners using Chinese mobile phones smuggled into the country.",
        ),
    ]
    return a.headline(), blocks


_STYLES = {"dailynk": _dailynk, "rfa": _rfa, "asiapress": _asiapress}


def _as_text(title: str, blocks: list[tuple[str, str]]) -> str:
    return "\n\n".join([title, *(text for _kind, text in blocks)]) + "\n"


_NAV = ("Home", "News", "Politics", "Economy", "Society", "Military", "Market Trends", "Opinion", "About")


def _chrome_nav(host: str) -> str:
    items = "\n".join(
        f'<li class="menu-item menu-item-{i}"><a href="https://{host}/{w.lower().replace(" ", "-")}/">{w}</a></li>'
        for i, w in enumerate(_NAV)
    )
    return f'<nav class="site-nav"><ul class="menu">\n{items}\n</ul></nav>'


def _related(a: _Article, host: str) -> str:
    posts = []
    for _ in range(4):
        title = html.escape(a.headline().replace(a.city, a.rng.choice(a.rng.choice(PLACES)[1])))
        slug = title.lower().replace(" ", "-")[:60]
        posts.append(
            f'<div class="related-post"><h3 class="entry-title"><a href="https://{host}/{slug}/">{title}</a></h3>'
            f'<time datetime="{a.issued.isoformat()}">{a.issued:%B %d, %Y}</time></div>'
        )
    return '<div class="related-posts"><h4>Related Posts</h4>\n' + "\n".join(posts) + "\n</div>"


def _body_html(blocks: list[tuple[str, str]]) -> str:
    out = []
    for kind, text in blocks:
        esc = html.escape(text, quote=False)
        if kind == "caption":
            out.append(
                f'<figure class="wp-block-image"><img src="/img/photo.jpg" alt="market"/>'
                f"<figcaption>{esc}</figcaption></figure>"
            )
        elif kind in {"h2", "h3"}:
            out.append(f"<{kind}>{esc}</{kind}>")
        elif kind == "footer":
            out.append(f"<p><em>{esc}</em></p>")
        else:
            out.append(f"<p>{esc}</p>")
    return "\n".join(out)


_SCRIPT = "var cfg = {" + ", ".join(f'"opt{i}": {i}' for i in range(40)) + "};"
_STYLE = " ".join(f".c{i}{{margin:{i}px;padding:{i % 7}px}}" for i in range(300))


def _as_html(a: _Article, title: str, blocks: list[tuple[str, str]]) -> str:
    host = {
        "dailynk": "www.dailynk.com/english",
        "rfa": "www.rfa.org/english",
        "asiapress": "www.asiapress.org/english",
    }[a.outlet]
    site = {"dailynk": "Daily NK English", "rfa": "Radio Free Asia", "asiapress": "ASIAPRESS"}[a.outlet]
    t = html.escape(title)
    stamp = f"{a.published.isoformat()}T09:{a.rng.randrange(60):02d}:00+09:00"
    head = (
        f'<!doctype html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8"/>\n<title>{t} - {site}</title>\n'
        f'<meta property="og:title" content="{t}"/>\n<meta property="og:site_name" content="{site}"/>\n'
        f'<meta property="og:url" content="https://{host}/{a.published:%Y/%m}/{a.rng.randrange(10**6)}/"/>\n'
        f'<meta property="article:published_time" content="{stamp}"/>\n'
        f'<meta name="author" content="{a.author}"/>\n'
        f"<script>{_SCRIPT}</script>\n<style>{_STYLE}</style>\n</head>\n"
    )
    comments = (
        '<div id="comments" class="comments"><h3>LEAVE A REPLY</h3><form><textarea name="comment"></textarea>'
        '<input name="author" placeholder="Name:*"/><button>Post Comment</button></form></div>'
    )
    footer = (
        f'<footer class="site-footer"><p>© {a.published.year} {site}. All rights reserved.</p>'
        f"{_chrome_nav(host)}</footer>"
    )
    article = (
        f'<article class="post type-post"><h1 class="entry-title">{t}</h1>\n'
        f'<div class="byline"><span class="author">{a.author}</span> '
        f'<time class="entry-date" datetime="{stamp}">{a.published:%B} {a.published.day}, {a.published.year}</time>'
        f'</div>\n<div class="entry-content">\n{_body_html(blocks)}\n</div>\n'
        f'<div class="share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>\n'
        f"</article>"
    )
    body = (
        f'<body class="single single-post">\n<header class="site-header"><a class="logo" href="https://{host}/">'
        f"{site}</a>{_chrome_nav(host)}</header>\n<main>\n{article}\n{_related(a, host)}\n{comments}\n</main>\n"
        f"{footer}\n</body>\n</html>\n"
    )
    return head + body


def make_document(index: int, *, kind: str, seed: int = 2026) -> SynthDoc:
    """Document *index* of the corpus for *seed*, as plain text or as an HTML page."""
    rng = random.Random(seed * 1_000_003 + index)
    outlet = OUTLETS[index % len(OUTLETS)]
    article = _Article(rng, outlet)
    title, blocks = _STYLES[outlet](article)
    content = _as_text(title, blocks) if kind == "text" else _as_html(article, title, blocks)
    suffix = "txt" if kind == "text" else "html"
    return SynthDoc(
        name=f"{outlet}-{index:06d}.{suffix}",
        outlet=outlet,
        kind=kind,
        content=content,
        published=article.published.isoformat(),
    )


def documents(count: int, *, kind: str, seed: int = 2026) -> Iterator[SynthDoc]:
    """The first *count* documents, made one at a time."""
    for index in range(count):
        yield make_document(index, kind=kind, seed=seed)
