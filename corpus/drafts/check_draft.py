"""Quick self-check for a draft vignette file (stdlib only). Usage: python3 check_draft.py FILE"""
import json, sys, collections, re
VALID = {("mikro","individual_casework"),("mikro","family_casework"),("mikro","group_work"),
 ("mezzo","mpok"),("mezzo","community_development"),("mezzo","community_education"),("mezzo","community_planning"),("mezzo","community_action"),("mezzo","social_marketing"),
 ("makro","community_development"),("makro","community_action"),("makro","social_marketing"),("makro","social_planning"),("makro","social_policy"),("makro","social_legislation"),
 ("global","international_social_policy"),("global","international_legislation"),("global","international_social_marketing")}
REG = {"case_note","informal_message","letter","report","terse","hotline_transcript"}
ids=set(); texts=set(); pairs=collections.Counter(); regs=collections.Counter(); oos=0; bad=0
for n,line in enumerate(open(sys.argv[1],encoding="utf-8"),1):
    if not line.strip(): continue
    try: o=json.loads(line)
    except Exception as e: print(f"{n}: bad json {e}"); bad+=1; continue
    for k in ("id","text","label","level","method","register","source"):
        if k not in o: print(f"{n}: missing {k}"); bad+=1
    if o.get("id") in ids: print(f"{n}: dup id"); bad+=1
    ids.add(o.get("id"))
    t=" ".join(o.get("text","").lower().split())
    if t in texts: print(f"{n}: duplicate text"); bad+=1
    texts.add(t)
    if o.get("register") not in REG: print(f"{n}: bad register"); bad+=1
    w=len(o.get("text","").split())
    if not 8<=w<=250: print(f"{n}: {w} words (need 8..250)"); bad+=1
    if o.get("register")=="terse" and not 8<=w<=25: print(f"{n}: terse but {w} words"); bad+=1
    if re.search(r"\d{10,}", re.sub(r"[\s.-]","",o.get("text",""))) : print(f"{n}: long digit run (phone/NIK?)"); bad+=1
    if o.get("label")=="out_of_scope":
        oos+=1
        if o.get("level") is not None or o.get("method") is not None: print(f"{n}: oos must have null level/method"); bad+=1
    elif o.get("label")=="in_scope":
        p=(o.get("level"),o.get("method"))
        if p not in VALID: print(f"{n}: invalid pair {p}"); bad+=1
        pairs[p]+=1; regs[o.get("register")]+=1
    else: print(f"{n}: bad label"); bad+=1
print("problems:",bad," out_of_scope:",oos," in_scope:",sum(pairs.values()))
for p in sorted(VALID): print(f"  {p[0]:7s} {p[1]:32s} {pairs[p]}")
print("registers:",dict(regs))
