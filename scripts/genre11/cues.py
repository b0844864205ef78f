"""Round-11 candidate cues (scratch): stance and time anchoring, per sentence, six languages.
Writes /tmp/genre11/cues.pkl: for each group of /tmp/genre5/feats.pkl (en_train, en_val, fr, ge, it, po, ru) plus
polnear (measuring only) and the sample article, a matrix of CUES columns."""
import re, sys, glob, pickle, numpy as np
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from spinscope.training.data import paragraph_lines
from spinscope.components.persuasion_models import split_sentences

CUES = ["booster", "hedge", "deontic", "intensifier", "argument", "time_anchor", "evaluative", "title_colon"]
L = {
 "booster": {
  "en": "no doubt|doubtless|undoubtedly|clearly|obviously|of course|certainly|indeed|in fact|truly|definitely|surely|it is clear|evidently|unquestionably|needless to say|there is no question|absolutely",
  "fr": "sans doute|sans aucun doute|évidemment|bien sûr|certainement|en effet|en fait|clairement|il est clair|incontestablement|absolument|vraiment",
  "ge": "zweifellos|ohne zweifel|offensichtlich|natürlich|selbstverständlich|sicherlich|tatsächlich|eindeutig|klar ist|in der tat|wirklich|gewiss|absolut",
  "it": "senza dubbio|ovviamente|certamente|chiaramente|naturalmente|infatti|in effetti|davvero|evidentemente|è chiaro|indubbiamente|assolutamente",
  "po": "bez wątpienia|oczywiście|niewątpliwie|z pewnością|naprawdę|rzeczywiście|jasne jest|wyraźnie|zdecydowanie|absolutnie|faktycznie",
  "ru": "без сомнения|несомненно|очевидно|конечно|разумеется|безусловно|действительно|на самом деле|ясно|явно|абсолютно|бесспорно"},
 "hedge": {
  "en": "perhaps|maybe|probably|possibly|seems|seem|appears to|apparently|arguably|likely|might|i think|i believe|it seems|presumably|supposedly",
  "fr": "peut-être|probablement|sans doute|semble|semblent|il paraît|apparemment|vraisemblablement|je pense|je crois|pourrait",
  "ge": "vielleicht|wahrscheinlich|möglicherweise|scheint|scheinen|offenbar|vermutlich|anscheinend|ich glaube|ich denke|dürfte|könnte",
  "it": "forse|probabilmente|sembra|sembrano|pare|apparentemente|presumibilmente|credo|penso|potrebbe",
  "po": "może|chyba|prawdopodobnie|wydaje się|podobno|najwyraźniej|myślę|sądzę|zapewne|być może",
  "ru": "возможно|может быть|наверное|вероятно|кажется|по-видимому|видимо|похоже|думаю|считаю|пожалуй"},
 "deontic": {
  "en": "should|must|ought|need to|needs to|have to|has to|let us|let's",
  "fr": "doit|doivent|devrait|devraient|il faut|faut|devons|il faudrait",
  "ge": "muss|müssen|sollte|sollten|soll|sollen|darf nicht|dürfen nicht|lasst uns",
  "it": "deve|devono|dovrebbe|dovrebbero|bisogna|occorre|dobbiamo",
  "po": "musi|muszą|powinien|powinna|powinno|powinni|trzeba|należy|musimy",
  "ru": "должен|должна|должно|должны|следует|нужно|надо|необходимо|давайте"},
 "intensifier": {
  "en": "very|extremely|utterly|completely|totally|incredibly|highly|deeply|entirely|so much|really|truly|absolutely|simply",
  "fr": "très|extrêmement|complètement|totalement|tellement|vraiment|profondément|absolument|si|trop",
  "ge": "sehr|äußerst|extrem|völlig|total|komplett|zutiefst|wirklich|absolut|so|viel zu",
  "it": "molto|estremamente|completamente|totalmente|davvero|profondamente|assolutamente|così|troppo",
  "po": "bardzo|niezwykle|całkowicie|zupełnie|totalnie|naprawdę|głęboko|absolutnie|tak|zbyt",
  "ru": "очень|крайне|совершенно|абсолютно|полностью|чрезвычайно|глубоко|слишком|так|весьма"},
 "argument": {
  "en": "however|therefore|thus|hence|firstly|secondly|in other words|that is|moreover|furthermore|after all|yet|nevertheless|on the other hand|it should be noted|it is worth",
  "fr": "cependant|pourtant|donc|ainsi|d'abord|premièrement|deuxièmement|autrement dit|c'est-à-dire|de plus|en outre|après tout|néanmoins|il convient de noter",
  "ge": "jedoch|allerdings|daher|deshalb|also|erstens|zweitens|mit anderen worten|außerdem|zudem|schließlich|dennoch|trotzdem",
  "it": "tuttavia|però|quindi|dunque|pertanto|innanzitutto|in primo luogo|in secondo luogo|in altre parole|cioè|inoltre|dopotutto|eppure",
  "po": "jednak|zatem|więc|dlatego|po pierwsze|po drugie|innymi słowy|czyli|ponadto|co więcej|przecież|mimo to|tymczasem",
  "ru": "однако|поэтому|следовательно|итак|во-первых|во-вторых|другими словами|то есть|кроме того|более того|тем не менее|впрочем|ведь"},
 "time_anchor": {
  "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|this week|last week|earlier this|on [a-z]+ \\d{1,2}|january|february|march|april|june|july|august|september|october|november|december",
  "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|cette semaine|la semaine dernière|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
  "ge": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|diese woche|vergangene woche|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
  "it": "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|questa settimana|la scorsa settimana|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
  "po": "poniedziałek|poniedziałku|wtorek|wtorku|środę|środa|czwartek|czwartku|piątek|piątku|sobotę|sobota|niedzielę|niedziela|wczoraj|dzisiaj|dziś|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
  "ru": "понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|воскресенье|вчера|сегодня|на этой неделе|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"},
}
PAT = {k: {lang: re.compile(rf"(?<![^\W_])(?:{v})(?![^\W_])", re.I) for lang, v in d.items()} for k, d in L.items()}
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_VADER = None
def vader():
    global _VADER
    if _VADER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        _VADER = {w: v for w, v in SentimentIntensityAnalyzer().lexicon.items() if abs(v) >= 1.5 and w.isalpha()}
    return _VADER

def cues(text, lang):
    lines = [(l.start, l.end) for l in paragraph_lines(text)]
    sents = [text[a:b] for s, e in lines for a, b in split_sentences(text, s, e) if text[a:b].strip()]
    row = np.zeros(len(CUES), dtype=np.float32)
    if not sents:
        return row
    n = len(sents)
    for j, k in enumerate(["booster", "hedge", "deontic", "intensifier", "argument", "time_anchor"]):
        row[j] = sum(bool(PAT[k][lang].search(s)) for s in sents) / n
    if lang == "en":
        words = [w.lower() for w in WORD.findall(text)]
        v = vader(); row[6] = sum(w in v for w in words) / max(1, len(words))
    title = text[lines[0][0]:lines[0][1]] if lines else ""
    row[7] = float(":" in title or "|" in title)
    return row

if __name__ == "__main__":
    D = pickle.load(open("/tmp/genre5/feats.pkl", "rb"))
    out = {}
    for g in D:
        lang = "en" if g.startswith("en") else g
        out[g] = np.array([cues(t, lang) for t in D[g]["texts"]])
        print(g, out[g].mean(0).round(3), flush=True)
    files = sorted(glob.glob("/work/shared/data/polnear_dev/text/*.txt"))
    out["polnear"] = np.array([cues(open(f, encoding="utf-8").read(), "en") for f in files])
    out["sample"] = np.array([cues(open("/work/shared/examples/sample-opinion-article.txt", encoding="utf-8").read(), "en")])
    print("polnear", out["polnear"].mean(0).round(3)); print("sample", out["sample"].round(3))
    pickle.dump(out, open("/tmp/genre11/cues.pkl", "wb"))
