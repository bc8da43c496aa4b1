fn main() {
    let manifest = std::fs::read_to_string("../shared/corpus/MANIFEST.tsv").unwrap();
    let (mut ok, mut bad) = (0, 0);
    for line in manifest.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let text = std::fs::read_to_string(format!("../shared/corpus/{}", cols[0])).unwrap();
        let about = zhibiao::extract(&text).about;
        let level = serde_json::to_value(about.level).unwrap();
        let good = about.year.map(|y| y.to_string()).as_deref() == Some(cols[2]) && level.as_str() == Some(cols[3]);
        if good { ok += 1 } else { bad += 1; println!("{}: {:?} (want {} {})", cols[0], about, cols[2], cols[3]); }
    }
    println!("{ok} right, {bad} wrong");
}
