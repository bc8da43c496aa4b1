fn main() {
    let text = std::env::args().nth(1).unwrap();
    let r = zhibiao::extract(&text);
    for f in r.figures {
        println!("{} | {} {} {:?} | {:?} | {:?} {:?} {:?} t={}", f.text, f.value, f.unit, f.bound, f.indicator, f.measure, f.direction, f.basis, f.target);
    }
    for k in r.ranks { println!("RANK {} {:?} {:?} {:?} {:?}", k.text, k.position, k.top, k.scope, k.indicator); }
    for p in r.projects { println!("PROJ {} {:?} {:?}", p.name, p.status, p.status_text); }
}
