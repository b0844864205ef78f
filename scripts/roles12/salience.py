"""Round 12 (roles12): can the pipeline tell which actors the annotators cast? A cross-fitted logistic regression
over actor features (mentions, rank, deeds, syntax, type) against the rank by mentions (AUC, annotated actors among
as many actors as the ten most mentioned give).

Usage: python scripts/roles12/salience.py E2E.pkl
"""
import pickle, sys, numpy as np
sys.path.insert(0,'scripts/roles12')
from e2e_score import ranks
from collections import Counter
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold
from spinscope.components.role_context import NUMERIC_NAMES as N, SIDE_NAMES
from spinscope.components.roles import ROLE_TYPES
e=pickle.load(open(sys.argv[1],'rb'))
ms,match,actors=e['mentions'],e['match'],e['actors']
rank=ranks(actors)
gk={(m.article,x) for m,x in zip(ms,match) if x is not None}
keys=[k for k in rank]
side=[N.index(s) for s in SIDE_NAMES]
TYPES=sorted(ROLE_TYPES)
X=[];y=[];g=[]
for k in keys:
    a=actors[k[0]][k[1]]; r=e['rows']['actor'][k]; nb=np.stack(r.numbers)
    n=len(a['mentions'])
    f=[np.log1p(n), np.log1p(rank[k]), (nb[:,side]>0).any(), nb[:,N.index('agent')].mean(), nb[:,N.index('patient')].mean(), nb[:,N.index('speaker')].mean(), nb[:,N.index('preposition')].mean(), nb[:,N.index('possessor')].mean(), nb[:,N.index('quoted')].mean()]
    f+=[a['type']==t for t in TYPES]
    X.append(f); y.append(k in gk); g.append(k[0])
X=np.array(X,float); y=np.array(y); g=np.array(g)
p=np.zeros(len(y))
for tr,te in GroupKFold(5).split(X,y,g):
    m=LogisticRegression(max_iter=2000,C=1.0).fit(X[tr],y[tr]); p[te]=m.predict_proba(X[te])[:,1]
rk=np.array([rank[k] for k in keys])
print("actors",len(y),"annotated",y.sum())
print("AUC salience %.3f, AUC -rank %.3f, AUC log mentions %.3f"%(roc_auc_score(y,p),roc_auc_score(y,-rk),roc_auc_score(y,X[:,0])))
# at equal number shown as top-10
n10=(rk<10).sum()
thr=np.sort(p)[::-1][n10-1]
print("top10: shown %d annotated %d; salience same count: annotated %d"%(n10,y[rk<10].sum(),y[p>=thr].sum()))
