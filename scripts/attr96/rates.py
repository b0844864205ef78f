#!/usr/bin/env python3
"""Round 96: the tuning half's gold rate of six generic extensions of main's stance rules (counts only, no text).

    PYTHONPATH=src python scripts/attr96/rates.py base > scripts/attr96/rates.txt

Every paragraph of the tuning half is parsed (spaCy); each use of a construction is counted by whether a gold cue
covers its verb or noun (gold) and whether a record of the saved run's ``/tmp/attr96/run_NAME`` has its cue there
(found), split by whether the word stands inside a quotation of its paragraph (``inquote``) or not (``out``).
Constructions: a first- or second-person subject of a view verb; "it" / "which" / "that" subjects; a personal
pronoun object of a stance verb; a stance verb with a noun object (by the verb's dependency); a passive with an
agent; a verb outside every lexicon with an object or a preposition; a stance noun with a preposition. A record
added for a use raises F1 only where such uses are gold more often than F1 / 2.
"""
# ruff: noqa
# mypy: ignore-errors
import sys, json
from pathlib import Path
from collections import Counter
sys.path.insert(0,'scripts')
import attr_dev
sys.path.insert(0, str(attr_dev.SCORER.parent))
import score_attr, spacy
from spinscope.settings import SPACY_MODEL
from spinscope.components.attribution import cues as C, rules as r
nlp=spacy.load(SPACY_MODEL)
run=Path('/tmp/attr96/run_'+sys.argv[1]); half=sys.argv[2] if len(sys.argv)>2 else 'tune'
PERS={'him','her','them','us','me','it'}
cnt=Counter(); ex={}
for stem in attr_dev.stems(half):
    original=(attr_dev.DATA/'text'/f'{stem}.txt').read_text()
    triples=attr_dev._gold_triples(attr_dev.DATA/'attributions'/f'{stem}.ann')
    gcue=[q for _,_,q in triples]
    gcont=[c for c,_,_ in triples]
    res=json.loads((run/f'{stem}.json').read_text()) if (run/f'{stem}.json').exists() else {'attributions':[]}
    pcue=[(a['cue']['start'],a['cue']['end']) for a in res['attributions'] if a.get('cue')]
    off=0
    for para in original.split('\n'):
        doc=nlp(para)
        for t in doc:
            if t.pos_=='NOUN' and t.lemma_.lower() in (r.STANCE_NOUNS) :
                s=off+t.idx
                isgold=any(a<=s<b for q in gcue for a,b in q); found=any(a<=s<b for a,b in pcue)
                pp=[c for c in t.children if c.dep_=='prep' and c.lower_ in ('of','to','for','about','on','in','against','with')]
                own=[c for c in t.children if c.dep_ in ('poss','compound','amod') and (c.pos_ in ('PROPN','PRON') or c.ent_type_ in ('NORP','ORG','PERSON'))]
                k='noun+prep:'+('owned' if own else 'bare') if pp else None
                if k:
                    cnt[k,isgold,found]+=1
                    if isgold and not found: ex.setdefault(k,[]).append((stem[:25],para[max(0,t.idx-60):t.idx+60]))
            if t.pos_ not in ('VERB','AUX'): continue
            lem=C._verb_lemma(t)
            s=off+t.idx; e=s+len(t)
            isgold=any(a<=s<b for q in gcue for a,b in q)
            found=any(a<=s<b for a,b in pcue)
            subj=[c for c in t.children if c.dep_=='nsubj']
            dobj=[c for c in t.children if c.dep_=='dobj']
            pre=para[:t.idx]
            inq=(pre.count('"')%2==1) or (pre.count('“')>pre.count('”')) or (pre.count("''")%2==1)
            def rec(k):
                k=k+(':inquote' if inq else ':out')
                cnt[k,isgold,found]+=1
                if isgold and not found: ex.setdefault(k,[]).append((stem[:25],para[max(0,t.idx-60):t.idx+60]))
            agent=[g for c in t.children if c.dep_=='agent' for g in c.children if g.dep_=='pobj']
            if lem in (r.STANCE_OBJECT_VERBS|r.REPORTING_VERBS) and agent and any(c.dep_=='nsubjpass' for c in t.children):
                rec('passive-by-agent:'+('agentive' if C._agentive(agent[0]) else 'other'))
            if lem in r.STANCE_OBJECT_VERBS and dobj and dobj[0].pos_!='PRON' and subj and C._agentive(subj[0]) and subj[0].lower_ not in ('i','we','you'):
                rec('stance-verb+object:'+t.dep_)
            LEX=r.STANCE_OBJECT_VERBS|r.REPORTING_VERBS|r.INTENTION_VERBS|r.BELIEF_VERBS|r.TOPIC_VERBS|r.EFFORT_VERBS
            if lem not in LEX and subj and C._agentive(subj[0]) and (dobj or any(c.dep_=='prep' for c in t.children if c.i>t.i)):
                rec('other-verb:'+('obj' if dobj else 'prep'))
            if lem in r.STANCE_OBJECT_VERBS and dobj and dobj[0].lower_ in PERS and subj and C._agentive(subj[0]) and subj[0].lower_ not in ('i','we','you'):
                rec('stance-verb+pronoun-object')
            if lem in (r.STANCE_OBJECT_VERBS|r.INTENTION_VERBS|r.BELIEF_VERBS) and subj and subj[0].lower_ in ('i','we','you') and (dobj or any(c.dep_ in ('ccomp','xcomp') for c in t.children)):
                rec('first-second-person-view')
            if lem in (r.STANCE_OBJECT_VERBS|r.INTENTION_VERBS) and subj and subj[0].lower_ in ('it','which','that') and (dobj or any(c.dep_ in ('ccomp','xcomp') for c in t.children)):
                rec('it-which-subject')
        off+=len(para)+1
for k in sorted(set(k for k,_,_ in cnt)):
    print(k, 'gold&found',cnt[k,True,True],'gold&missed',cnt[k,True,False],'nogold&found',cnt[k,False,True],'nogold&notfound',cnt[k,False,False])
