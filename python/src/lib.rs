//! The native half of the `zhibiao` Python package. Documents cross into
//! Python as the JSON the crate writes, so Python sees exactly the
//! documents of `zhibiao -f json`; the reading is done with the GIL
//! released, files in parallel.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;

/// The JSON document of one text.
#[pyfunction]
fn extract_json(py: Python<'_>, text: &str) -> PyResult<String> {
    py.detach(|| serde_json::to_string(&zhibiao::extract(text))).map_err(|err| PyValueError::new_err(err.to_string()))
}

/// The text of a file's bytes, decoded as the command decodes them (a
/// byte order mark, else UTF-8 when valid, else GB18030), and for a page
/// (`html`) its text. An error is the message of the crate's error.
#[pyfunction]
#[pyo3(signature = (data, html=false))]
fn read_text(py: Python<'_>, data: Vec<u8>, html: bool) -> PyResult<String> {
    py.detach(|| zhibiao::read_text(data, zhibiao::Encoding::Auto, html)).map_err(|err| PyValueError::new_err(err.to_string()))
}

/// For each path, in order: the path, its JSON document (or None) and why
/// it could not be read (or None). Files are decoded as the command decodes them
/// (UTF-8, UTF-16 with a byte order mark, GB18030) and `.html`/`.htm`
/// files read as pages.
#[pyfunction]
#[pyo3(signature = (paths, jobs=None))]
fn extract_files_json(py: Python<'_>, paths: Vec<String>, jobs: Option<usize>) -> PyResult<Vec<FileResult>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|err| PyValueError::new_err(err.to_string()))?;
    let read_all = || {
        paths
            .into_par_iter()
            .map(|path| match read(&path) {
                Ok(document) => (path, Some(document), None),
                Err(err) => (path, None, Some(err)),
            })
            .collect()
    };
    Ok(py.detach(|| pool.install(read_all)))
}

/// A path, its document, and the error that kept it from being read.
type FileResult = (String, Option<String>, Option<String>);

fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|err| err.to_string())?;
    let html = std::path::Path::new(path)
        .extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm"));
    let text = zhibiao::read_text(bytes, zhibiao::Encoding::Auto, html).map_err(|err| err.to_string())?;
    serde_json::to_string(&zhibiao::extract(&text)).map_err(|err| err.to_string())
}

/// The figures of JSON documents (an array; each may name its `file`) as
/// the command's CSV. Documents holding an `error` are passed over.
#[pyfunction]
fn figures_csv(py: Python<'_>, documents: &str) -> PyResult<String> {
    py.detach(|| {
        let documents: Vec<serde_json::Value> = serde_json::from_str(documents).map_err(|err| err.to_string())?;
        let mut csv = zhibiao::CsvWriter::new(Vec::new()).map_err(|err| err.to_string())?;
        for document in documents.into_iter().filter(|d| d.get("error").is_none()) {
            let file = document.get("file").and_then(|f| f.as_str()).unwrap_or("").to_string();
            let report: zhibiao::Report = serde_json::from_value(document).map_err(|err| err.to_string())?;
            csv.write_report(&file, &report).map_err(|err| err.to_string())?;
        }
        String::from_utf8(csv.into_inner().map_err(|err| err.to_string())?).map_err(|err| err.to_string())
    })
    .map_err(PyValueError::new_err)
}

#[pymodule]
fn _zhibiao(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(extract_json, module)?)?;
    module.add_function(wrap_pyfunction!(extract_files_json, module)?)?;
    module.add_function(wrap_pyfunction!(read_text, module)?)?;
    module.add_function(wrap_pyfunction!(figures_csv, module)?)?;
    module.add("SCHEMA", zhibiao::SCHEMA)?;
    Ok(())
}
