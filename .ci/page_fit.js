// Added to a copy of the page by .ci/page_in_browser: once laid out, lists
// what overflows (the side table's column, the text, any table cell) in
// the element #fit, or says "fits".
addEventListener("load", function () {
  var bad = [];
  function over(e, what) { if (e.scrollWidth > e.clientWidth + 1) bad.push(what + " " + e.scrollWidth + ">" + e.clientWidth); }
  var aside = document.querySelector("aside"), table = document.getElementById("figures");
  over(aside, "aside");
  over(document.getElementById("report"), "text");
  over(document.documentElement, "page");
  if (table.getBoundingClientRect().right > aside.getBoundingClientRect().right + 1) bad.push("table wider than its column");
  document.querySelectorAll("#figures th, #figures td").forEach(function (c, i) { over(c, "cell " + i); });
  var out = document.createElement("pre");
  out.id = "fit";
  out.textContent = bad.length ? bad.slice(0, 5).join("; ") : "fits";
  document.body.appendChild(out);
});
