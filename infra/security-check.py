#!/usr/bin/env python3
"""Issue 14's attacks, replayed against a local run (never another host):
   Security__AccountFormPostsPerMinute=1000 PORT=5078 infra/run.sh   # in one terminal
   python3 infra/security-check.py <demo password> [port]             # in another
Prints what an outsider sees: a copied cookie after sign-out, sign-in refusal words and
timing for known and unknown emails, the password form's lockout, sign-up with a
registered email, the 400 page and /health behind a proxy header. Bounded: about 100 requests, all to 127.0.0.1."""
import http.client, re, time, statistics, urllib.parse, sys
PW=sys.argv[1]
H=('127.0.0.1', int(sys.argv[2]) if len(sys.argv) > 2 else 5078)
def req(method, path, cookies, body=None):
    c=http.client.HTTPConnection(*H)
    hdr={'Cookie':'; '.join(f'{k}={v}' for k,v in cookies.items())} if cookies else {}
    if body is not None:
        hdr['Content-Type']='application/x-www-form-urlencoded'
        body=urllib.parse.urlencode(body)
    c.request(method,path,body=body,headers=hdr)
    r=c.getresponse(); data=r.read().decode('utf-8','replace')
    for k,v in r.getheaders():
        if k.lower()=='set-cookie':
            name,val=v.split(';')[0].split('=',1)
            if val: cookies[name]=val
            else: cookies.pop(name,None)
    return r.status, dict(r.getheaders()), data
def token(html): return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"',html).group(1)
def signin(email,pw,jar):
    s,h,html=req('GET','/Account/SignIn',jar)
    t=time.perf_counter()
    s,h,html=req('POST','/Account/SignIn',jar,{'Input.Email':email,'Input.Password':pw,'__RequestVerificationToken':token(html)})
    return s,(time.perf_counter()-t)*1000,html
# 1. copied cookie after sign-out
jar={}
s,_,_=signin('seeker01@demo.carematch.example',PW,jar); print('sign in',s)
copy=dict(jar)
print('GET /Seeker with copy before sign-out', req('GET','/Seeker',dict(copy))[0])
s,h,html=req('GET','/Seeker',jar)
print('sign out', req('POST','/Account/SignOut',jar,{'__RequestVerificationToken':token(html)})[0])
print('GET /Seeker with copy right after sign-out', req('GET','/Seeker',dict(copy))[0])
# 2/3. timing and lockout words
known=[];unknown=[]
for i in range(10):
    known.append(signin(f'seeker{(i%9)+2:02d}@demo.carematch.example','wrong password here',{})[1])
    unknown.append(signin(f'nobody{i}@example.org','wrong password here',{})[1])
print('median ms known %.0f unknown %.0f'%(statistics.median(known),statistics.median(unknown)))
words=set()
for i in range(6):
    for email in ['carer40@demo.carematch.example','nobody-x@example.org']:
        html=signin(email,'wrong again',{})[2]
        words.add((email.split('@')[0], re.findall(r'<a href="#Input_Email">([^<]+)</a>',html)[0], i))
msgs={(w[0],w[1]) for w in words}
print('messages seen:', sorted(msgs))
# 4. change password wrong 6 times
jar={}; signin('seeker10@demo.carematch.example',PW,jar)
codes=[]
for i in range(6):
    s,h,html=req('GET','/Account/ChangePassword',jar)
    if s!=200: codes.append(('GET',s)); break
    s,h,html=req('POST','/Account/ChangePassword',jar,{'Input.CurrentPassword':'bad','Input.NewPassword':'some new passphrase','__RequestVerificationToken':token(html)})
    codes.append(s)
print('change password wrong x6:', codes)
# 5. registration with an existing email
def register(email):
    j={}; s,h,html=req('GET','/Account/Register',j)
    s,h,html=req('POST','/Account/Register',j,{'Input.Role':'Seeker','Input.Email':email,'Input.Password':'a long enough password','__RequestVerificationToken':token(html)})
    return s,h.get('Location')
print('register existing', register('seeker03@demo.carematch.example'), 'new', register('brand-new-person@example.org'))
# 7/8
s,h,_=req('POST','/Account/SignIn',{}, {'Input.Email':'x'})
print('400 without token:', s, 'CSP' , 'Content-Security-Policy' in h, 'html' in h.get('Content-Type',''))
c=http.client.HTTPConnection(*H); c.request('GET','/health',headers={'X-Forwarded-For':'203.0.113.5'}); print('/health behind a proxy header:', c.getresponse().read())
