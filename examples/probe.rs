fn main() {
    let text = std::env::args().nth(1).unwrap();
    for f in zhibiao::extract(&text).figures {
        println!("{} | {:?} | {:?} {:?} {:?} t={}", f.text, f.indicator, f.measure, f.direction, f.basis, f.target);
    }
}
