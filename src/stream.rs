//! A UTF-8 file too large to hold, read a part at a time: a first pass
//! reads its outline and whose report it is, a second its parts, each
//! with the text around it that the readings look back and ahead into.

use std::fs::File;
use std::io::{self, Read};
use std::ops::Range;
use std::path::Path;

use crate::error::Error;
use crate::meaning::about;
use crate::model::{About, Report};
use crate::reading::segment::{Outline, OutlineReader};

/// How the file is read: the size of one read, and how much text before
/// a part and after it is read with it (far more than any reading
/// reaches: a clause, a paragraph's opening sentence, a figure or a name
/// that runs over the part's end).
#[derive(Clone, Copy)]
struct Reads {
    size: usize,
    context: usize,
}

const READS: Reads = Reads { size: 1 << 20, context: 64 << 10 };

/// The reports of [`extract_file_parts`](crate::extract_file_parts), one per
/// stretch of lines, as [`extract_parts`](crate::extract_parts) gives them
/// for the whole text.
pub struct FileParts {
    file: File,
    /// Whose report the whole text is, given to every part.
    about: About,
    outline: Outline,
    part_size: usize,
    reads: Reads,
    /// The bytes read and kept: `buffer[0]` is at offset `buffer_start`.
    buffer: Vec<u8>,
    buffer_start: usize,
    /// Whether the file has been read to its end.
    at_end: bool,
    next: usize,
    scan_from: usize,
}

/// The first pass: the outline, the opening the report is read from, and
/// the first bad byte if the file is not UTF-8.
pub(crate) fn open(path: &Path, part_size: usize) -> io::Result<FileParts> {
    open_with(path, part_size, READS)
}

fn open_with(path: &Path, part_size: usize, reads: Reads) -> io::Result<FileParts> {
    let mut file = File::open(path)?;
    let mut outline = OutlineReader::default();
    let mut opening = Vec::new();
    let mut pending: Vec<u8> = Vec::with_capacity(2 * reads.size);
    let mut read = 0;
    loop {
        let filled = pending.len();
        let got = read_more(&mut file, &mut pending, reads.size)?;
        if opening.len() < about::REPORT_LENGTH + 4 {
            let room = about::REPORT_LENGTH + 4 - opening.len();
            opening.extend_from_slice(&pending[filled..filled + got.min(room)]);
        }
        // Whole lines are read; the rest waits for the next read.
        let lines_end = if got == 0 { pending.len() } else { memchr::memrchr(b'\n', &pending).map_or(0, |at| at + 1) };
        let lines = simdutf8::compat::from_utf8(&pending[..lines_end]).map_err(|err| invalid(read + err.valid_up_to()))?;
        outline.read_lines(lines, read);
        read += lines_end;
        pending.drain(..lines_end);
        if got == 0 {
            break;
        }
    }
    let opening = match std::str::from_utf8(&opening) {
        Ok(text) => text,
        // The opening cut inside a char: up to the char.
        Err(err) => std::str::from_utf8(&opening[..err.valid_up_to()]).map_err(|_| invalid(err.valid_up_to()))?,
    };
    let about = about::read(opening);
    let file = File::open(path)?;
    Ok(FileParts {
        file,
        about,
        outline: outline.finish(),
        part_size: part_size.max(1),
        reads,
        buffer: Vec::new(),
        buffer_start: 0,
        at_end: false,
        next: 0,
        scan_from: 0,
    })
}

/// Reads up to `size` more bytes of `file` onto the end of `buffer`;
/// returns how many (0 at the file's end).
fn read_more(file: &mut File, buffer: &mut Vec<u8>, size: usize) -> io::Result<usize> {
    let filled = buffer.len();
    buffer.resize(filled + size, 0);
    let got = file.read(&mut buffer[filled..])?;
    buffer.truncate(filled + got);
    Ok(got)
}

/// The error of a file that is not UTF-8 at `offset`.
fn invalid(offset: usize) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, Error::InvalidUtf8 { offset })
}

impl FileParts {
    /// Reads until the buffer holds `offset`, or the file ends.
    fn fill_to(&mut self, offset: usize) -> io::Result<()> {
        while !self.at_end && self.buffer_start + self.buffer.len() <= offset {
            self.at_end = read_more(&mut self.file, &mut self.buffer, self.reads.size)? == 0;
        }
        Ok(())
    }

    /// Where the part that starts at `start` ends: after the first line
    /// end at or past `part_size` bytes on, or at the file's end.
    fn part_end(&mut self, start: usize) -> io::Result<usize> {
        let wanted = start.saturating_add(self.part_size);
        let mut from = wanted;
        loop {
            self.fill_to(from)?;
            let held = self.buffer_start + self.buffer.len();
            if wanted >= held {
                return Ok(held);
            }
            if let Some(at) = memchr::memchr(b'\n', &self.buffer[from - self.buffer_start..]) {
                return Ok(from + at + 1);
            }
            if self.at_end {
                return Ok(held);
            }
            from = held;
        }
    }

    /// The next part's report, with spans into the whole file.
    fn read_next(&mut self) -> io::Result<Option<Report>> {
        let start = self.next;
        let end = self.part_end(start)?;
        if start >= end {
            return Ok(None);
        }
        let context = self.reads.context;
        self.fill_to(end + context)?;
        let held = self.buffer_start + self.buffer.len();
        let window = self.window(start.saturating_sub(context)..(end + context).min(held));
        let text = simdutf8::compat::from_utf8(&self.buffer[window.start - self.buffer_start..window.end - self.buffer_start])
            .map_err(|err| invalid(window.start + err.valid_up_to()))?;
        let outline = self.outline.window(window.clone());
        let base = window.start;
        let mut report = crate::part::read(text, &outline, self.about.year, start - base..end - base, self.scan_from.max(start) - base);
        shift(&mut report, base);
        self.scan_from = crate::part::complete(&mut report, &self.outline, &self.about, start..end);
        self.next = end;
        // What the next part no longer looks back into is let go.
        let keep_from = end.saturating_sub(context).max(self.buffer_start);
        self.buffer.drain(..keep_from - self.buffer_start);
        self.buffer_start = keep_from;
        Ok(Some(report))
    }

    /// `range` of the file moved onto char boundaries in the buffer: its
    /// start forward past continuation bytes, its end back.
    fn window(&self, range: Range<usize>) -> Range<usize> {
        let is_continuation = |at: usize| self.buffer.get(at - self.buffer_start).is_some_and(|&b| b & 0xc0 == 0x80);
        let mut start = range.start.max(self.buffer_start);
        while start < range.end && is_continuation(start) {
            start += 1;
        }
        let mut end = range.end;
        while end > start && is_continuation(end) {
            end -= 1;
        }
        start..end
    }
}

/// Moves every span of `report` (read from a stretch of text) by `base`,
/// onto the whole file.
fn shift(report: &mut Report, base: usize) {
    let spans = report
        .figures
        .iter_mut()
        .map(|f| &mut f.span)
        .chain(report.ranks.iter_mut().map(|r| &mut r.span))
        .chain(report.projects.iter_mut().map(|p| &mut p.span));
    for span in spans {
        span.start += base;
        span.end += base;
    }
}

impl Iterator for FileParts {
    type Item = io::Result<Report>;

    fn next(&mut self) -> Option<io::Result<Report>> {
        self.read_next().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::{open_with, Reads};

    /// The parts of a file, as the JSON of each report.
    fn file_parts(text: &str, part_size: usize, reads: Reads) -> Vec<String> {
        let path = std::env::temp_dir().join(format!("zhibiao-stream-{}-{part_size}-{}.txt", std::process::id(), reads.size));
        std::fs::write(&path, text).unwrap();
        let parts = open_with(&path, part_size, reads).unwrap().map(|part| serde_json::to_string(&part.unwrap()).unwrap()).collect();
        std::fs::remove_file(&path).unwrap();
        parts
    }

    #[test]
    fn parts_read_from_a_file_are_the_parts_of_the_whole_text() {
        // Reads of 7 bytes end inside chars, figures and names; parts of
        // every size end inside them too, and the figure 5\n万 runs over a
        // line end.
        let text = format!(
            "一、回顾\n新建20-2天然气分离厂迁建项目开工，投资12.5亿元。\n地区生产总值增长5\n万亿元，城镇新增就业3.2万人。\n{}",
            include_str!("../fixtures/huludao-2025-excerpt.txt").chars().take(3000).collect::<String>()
        );
        for part_size in [1, 2, 5, 17, 40, 100, 333, 1000, 4096] {
            let whole: Vec<String> = crate::extract_parts(&text, part_size).map(|part| serde_json::to_string(&part).unwrap()).collect();
            assert_eq!(file_parts(&text, part_size, Reads { size: 7, context: 4096 }), whole, "part size {part_size}");
        }
    }

    #[test]
    fn a_file_that_is_not_utf8_names_the_offset() {
        let path = std::env::temp_dir().join(format!("zhibiao-stream-bad-{}.txt", std::process::id()));
        std::fs::write(&path, b"\xe5\xa2\x9e\n\xff").unwrap();
        let err = open_with(&path, 8, Reads { size: 2, context: 8 }).err().unwrap();
        std::fs::remove_file(&path).unwrap();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
        assert_eq!(err.to_string(), "input is not UTF-8: invalid byte at offset 4");
    }
}
