// Copyright (c) 2026 The career authors
//
// Permission to use, copy, modify, and distribute this software for any
// purpose with or without fee is hereby granted, provided that the above
// copyright notice and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
// WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
// MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
// ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
// WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
// ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
// OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

// svglayout.js: run by a browser on a page that holds journey-map's SVG
// inline; writes into <pre id="layout"> one line for each text that
// leaves the canvas, leaves the box it starts in (a rect that holds its
// anchor), runs over a shape it does not start in, or overlaps another
// text, and for each two marks that show a tooltip (a shape with a
// <title>) that overlap, so that one hides the other; then "checked N
// texts".  Boxes are getBBox()'s, with half a pixel
// of tolerance.
(function () {
	var svg = document.querySelector("svg");
	var W = +svg.getAttribute("width"), H = +svg.getAttribute("height");
	var T = 0.5, out = [];

	function box(e) {
		var b = e.getBBox();
		return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
	}
	function inside(a, b) {
		return a.x0 >= b.x0 - T && a.y0 >= b.y0 - T &&
		    a.x1 <= b.x1 + T && a.y1 <= b.y1 + T;
	}
	function meets(a, b) {
		return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > T &&
		    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > T;
	}
	function holds(b, x, y) {
		return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
	}
	// What a text shows: its own characters, not its <title>.
	function shown(t) {
		var c = t.cloneNode(true);
		[].slice.call(c.querySelectorAll("title")).forEach(function (e) {
			e.parentNode.removeChild(e);
		});
		return c.textContent;
	}
	function where(b) {
		return " [" + [b.x0, b.y0, b.x1, b.y1].map(function (v) {
			return v.toFixed(1);
		}).join(",") + "]";
	}

	var texts = [].slice.call(svg.querySelectorAll("text")).filter(
	    function (t) { return shown(t).length > 0; });
	var shapes = [].slice.call(svg.querySelectorAll("rect,circle,polygon"));
	var canvas = { x0: 0, y0: 0, x1: W, y1: H };
	var boxes = texts.map(box);

	texts.forEach(function (t, i) {
		var b = boxes[i], what = JSON.stringify(shown(t));
		var x = +t.getAttribute("x"), y = +t.getAttribute("y");

		if (!inside(b, canvas))
			out.push("off the canvas: " + what + where(b));
		shapes.forEach(function (s) {
			var sb = box(s);

			if (inside(canvas, sb))
				return;		/* the page itself */
			if (s.tagName === "rect" && holds(sb, x, y)) {
				if (!inside(b, sb))
					out.push("out of its box: " + what +
					    where(b) + " in" + where(sb));
			} else if (meets(b, sb))
				out.push("over a " + s.tagName + ": " + what +
				    where(b) + " over" + where(sb));
		});
		for (var j = 0; j < i; j++)
			if (meets(b, boxes[j]))
				out.push("overlap: " + what + where(b) + " and " +
				    JSON.stringify(shown(texts[j])) +
				    where(boxes[j]));
	});
	var marks = shapes.filter(function (s) {
		return s.querySelector("title") !== null;
	});
	marks.forEach(function (s, i) {
		for (var j = 0; j < i; j++)
			if (meets(box(s), box(marks[j])))
				out.push("marks overlap: " + JSON.stringify(
				    s.querySelector("title").textContent) +
				    where(box(s)) + " and " + JSON.stringify(
				    marks[j].querySelector("title").textContent) +
				    where(box(marks[j])));
	});
	out.push("checked " + texts.length + " texts");
	document.getElementById("layout").textContent = out.join("\n");
})();
