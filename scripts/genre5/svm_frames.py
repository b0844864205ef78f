import pickle, json, numpy as np
from sklearn.svm import LinearSVC
from sklearn.multiclass import OneVsRestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction.text import TfidfVectorizer, CountVectorizer
F = pickle.load(open("/tmp/genre5/frames.pkl","rb"))
def micro(P, Yt):
    tp = (P & (Yt==1)).sum(); fp = (P & (Yt==0)).sum(); fn = (~P & (Yt==1)).sum()
    return 2*tp/(2*tp+fp+fn)
tr, va = F["train"], F["val"]
TH = np.array(json.load(open("" + str(__import__("pathlib").Path(__file__).resolve().parents[2]) + "/src/spinscope/resources/models/frames/config.json"))["thresholds"])
for name, vec in (("tfidf12", TfidfVectorizer(ngram_range=(1,2), min_df=2, max_features=40000, sublinear_tf=True, strip_accents="unicode")),
                  ("tfidf1", TfidfVectorizer()), ("count1", CountVectorizer())):
    Xtr = vec.fit_transform(tr["texts"]); Xva = vec.transform(va["texts"])
    svm = OneVsRestClassifier(LinearSVC()).fit(Xtr, tr["Y"])
    P = svm.decision_function(Xva) > 0
    print(name, "svm val", round(micro(P, va["Y"]),3), "card", P.sum(1).mean().round(2))
