//! A small page writer on top of printpdf's operations: text measured with
//! the fonts' own metrics, wrapped and justified, headings kept with what
//! follows, page breaks, a QR code, and running headers and "i / N"
//! footers added once the number of pages is known.
//!
//! Units are PDF points (1/72 inch), the origin at the bottom left of an A4
//! page. Justification uses TJ offsets: printpdf writes text with 2-byte
//! CID fonts, for which the `Tw` word-spacing operator does nothing.

use std::sync::OnceLock;

use printpdf::{
    Color, FontId, Greyscale, Mm, Op, PaintMode, ParsedFont, PdfFontHandle, PdfPage, Point, Pt,
    Rect, TextItem,
};

/// A4 width, in points.
pub const PAGE_WIDTH: f32 = 595.276;
/// A4 height, in points.
pub const PAGE_HEIGHT: f32 = 841.89;
const LEFT: f32 = 64.0;
const RIGHT: f32 = 64.0;
const TOP: f32 = 72.0;
const BOTTOM: f32 = 64.0;
/// Width of the text column.
pub const COLUMN: f32 = PAGE_WIDTH - LEFT - RIGHT;

/// The two faces every document uses, parsed once per process.
pub struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

/// The fonts: DejaVu Sans (free licence, covers French, Italian and much
/// more), regular and bold, parsed at first use and shared.
///
/// # Panics
///
/// Never in practice: the fonts are compiled into the binary, and a test
/// renders with them.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: ParsedFont::from_bytes(dejavu::sans::regular(), 0, &mut Vec::new())
            .expect("DejaVu Sans, embedded in the binary, parses"),
        bold: ParsedFont::from_bytes(dejavu::sans::bold(), 0, &mut Vec::new())
            .expect("DejaVu Sans Bold, embedded in the binary, parses"),
    })
}

impl Fonts {
    /// The faces with the ids a document registers them under: fixed ids,
    /// so that the same content gives the same bytes (they also make the
    /// six-letter subset tags).
    pub fn faces(&self) -> [(FontId, &ParsedFont); 2] {
        [
            (FontId("DJVSAN".into()), &self.regular),
            (FontId("DJVSBD".into()), &self.bold),
        ]
    }

    fn face(&self, face: Face) -> &ParsedFont {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// Body text.
    Regular,
    /// Headings, names.
    Bold,
}

impl Face {
    fn handle(self) -> PdfFontHandle {
        PdfFontHandle::External(FontId(
            match self {
                Face::Regular => "DJVSAN",
                Face::Bold => "DJVSBD",
            }
            .into(),
        ))
    }
}

/// A style of text: face, size, leading.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Regular or bold.
    pub face: Face,
    /// Size in points.
    pub size: f32,
    /// Distance between baselines, in points.
    pub leading: f32,
}

impl Style {
    /// A style with a leading of 1.35 × its size.
    pub const fn new(face: Face, size: f32) -> Style {
        Style {
            face,
            size,
            leading: size * 1.35,
        }
    }
}

/// Writes pages, top to bottom.
pub struct Writer {
    fonts: &'static Fonts,
    pages: Vec<Vec<Op>>,
    /// Baseline of the next line, from the bottom of the page.
    y: f32,
}

fn grey(percent: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent,
        icc_profile: None,
    })
}

impl Writer {
    /// A writer on an empty first page.
    pub fn new() -> Writer {
        Writer {
            fonts: fonts(),
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - TOP,
        }
    }

    /// The width of `text` in `style`, from the font's advances (printpdf
    /// does no kerning, so this is the width drawn).
    pub fn width(&self, style: Style, text: &str) -> f32 {
        let font = self.fonts.face(style.face);
        let per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let fallback = font.lookup_glyph_index(u32::from('?')).unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| {
                let glyph = font.lookup_glyph_index(u32::from(c)).unwrap_or(fallback);
                u32::from(font.get_horizontal_advance(glyph))
            })
            .sum();
        #[expect(clippy::cast_precision_loss, reason = "font units, far below 2^24")]
        let units = units as f32;
        units * style.size / per_em
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_HEIGHT - TOP;
    }

    /// Makes sure `height` points fit on this page, else starts another.
    pub fn ensure(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.new_page();
        }
    }

    /// Leaves `height` points of space (never across a page break).
    pub fn space(&mut self, height: f32) {
        self.y -= height;
    }

    fn page(&mut self) -> &mut Vec<Op> {
        self.pages.last_mut().expect("there is always a page")
    }

    fn show(&mut self, style: Style, x: f32, y: f32, items: Vec<TextItem>) {
        let handle = style.face.handle();
        self.page().extend([
            Op::StartTextSection,
            Op::SetFont {
                font: handle,
                size: Pt(style.size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText { items },
            Op::EndTextSection,
        ]);
    }

    /// Cuts `text` into lines no wider than `width`: words go whole when
    /// they fit, never apart at a no-break space, and a word longer than a
    /// line (an address, a hash) is cut between characters.
    pub fn wrap(&self, style: Style, text: &str, width: f32) -> Vec<Vec<String>> {
        let space = self.width(style, " ");
        let mut lines: Vec<Vec<String>> = Vec::new();
        let mut line: Vec<String> = Vec::new();
        let mut used = 0.0;
        // No break at a no-break space (French: « Les Jardins », 180 m²).
        let breakable = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
        for word in text.split(breakable).filter(|w| !w.is_empty()) {
            let mut word = word.to_owned();
            loop {
                let w = self.width(style, &word);
                let needed = if line.is_empty() { w } else { used + space + w };
                if needed <= width {
                    used = needed;
                    line.push(word);
                    break;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    used = 0.0;
                    continue;
                }
                // Alone and too long: as many characters as fit.
                let mut cut = word.len();
                for (i, _) in word.char_indices().rev() {
                    if i > 0 && self.width(style, &word[..i]) <= width {
                        cut = i;
                        break;
                    }
                }
                let rest = word.split_off(cut);
                lines.push(vec![word]);
                word = rest;
                if word.is_empty() {
                    break;
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }

    /// A paragraph at `indent` from the left margin, wrapped to the column,
    /// justified (but its last line) when asked, breaking pages as needed.
    pub fn paragraph(&mut self, style: Style, text: &str, indent: f32, justify: bool) {
        let width = COLUMN - indent;
        let lines = self.wrap(style, text, width);
        let count = lines.len();
        for (i, words) in lines.into_iter().enumerate() {
            self.ensure(style.leading);
            self.y -= style.leading;
            let last = i + 1 == count;
            let items = if justify && !last && words.len() > 1 {
                let joined = words.join(" ");
                let gaps = words.len() - 1;
                #[expect(clippy::cast_precision_loss, reason = "a few dozen gaps")]
                let extra = (width - self.width(style, &joined)) / gaps as f32;
                let offset = -extra * 1000.0 / style.size;
                let mut items = Vec::with_capacity(words.len() * 2);
                for (j, word) in words.iter().enumerate() {
                    if j + 1 < words.len() {
                        items.push(TextItem::Text(format!("{word} ")));
                        items.push(TextItem::Offset(offset));
                    } else {
                        items.push(TextItem::Text(word.clone()));
                    }
                }
                items
            } else {
                vec![TextItem::Text(words.join(" "))]
            };
            let y = self.y;
            self.show(style, LEFT + indent, y, items);
        }
    }

    /// A heading, kept on the same page as the `keep` points that follow it.
    pub fn heading(&mut self, style: Style, text: &str, keep: f32) {
        let lines = self.wrap(style, text, COLUMN).len();
        #[expect(clippy::cast_precision_loss, reason = "a few lines")]
        let height = style.leading * lines as f32;
        self.ensure(height + keep);
        self.paragraph(style, text, 0.0, false);
    }

    /// A thin horizontal rule across the column.
    pub fn rule(&mut self) {
        self.ensure(8.0);
        self.y -= 6.0;
        let y = self.y;
        self.page().extend([
            Op::SetFillColor { col: grey(0.75) },
            Op::DrawRectangle {
                rectangle: Rect {
                    mode: Some(PaintMode::Fill),
                    ..Rect::from_xywh(Pt(LEFT), Pt(y), Pt(COLUMN), Pt(0.6))
                },
            },
            Op::SetFillColor { col: grey(0.0) },
        ]);
        self.y -= 6.0;
    }

    /// A QR code of `data`, `size` points wide, at the left margin: dark
    /// modules drawn as filled rectangles, one per horizontal run.
    pub fn qr(&mut self, data: &str, size: f32) {
        let Ok(code) = qrcode::QrCode::with_error_correction_level(data, qrcode::EcLevel::M) else {
            return;
        };
        let modules = code.width();
        #[expect(clippy::cast_precision_loss, reason = "at most 177 modules")]
        let cell = size / modules as f32;
        self.ensure(size + 8.0);
        let top = self.y - 4.0;
        let colors = code.to_colors();
        let mut ops = vec![Op::SetFillColor { col: grey(0.0) }];
        for (row, line) in colors.chunks(modules).enumerate() {
            let mut col = 0;
            while col < modules {
                if line[col] == qrcode::Color::Dark {
                    let start = col;
                    while col < modules && line[col] == qrcode::Color::Dark {
                        col += 1;
                    }
                    #[expect(clippy::cast_precision_loss, reason = "at most 177 modules")]
                    let (x, y, w) = (
                        LEFT + start as f32 * cell,
                        top - (row + 1) as f32 * cell,
                        (col - start) as f32 * cell,
                    );
                    ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            mode: Some(PaintMode::Fill),
                            ..Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(cell))
                        },
                    });
                } else {
                    col += 1;
                }
            }
        }
        self.page().extend(ops);
        self.y = top - size - 4.0;
    }

    /// The pages, each with `header` at the top and `footer(i, n)` at the
    /// bottom, in grey.
    pub fn finish(mut self, header: &str, footer: impl Fn(usize, usize) -> String) -> Vec<PdfPage> {
        let small = Style::new(Face::Regular, 8.0);
        let count = self.pages.len();
        let header_width = self.width(small, header);
        let mut pages = std::mem::take(&mut self.pages);
        for (i, ops) in pages.iter_mut().enumerate() {
            let foot = footer(i + 1, count);
            let foot_width = self.width(small, &foot);
            let mut extra = vec![Op::SetFillColor { col: grey(0.45) }];
            for (x, y, text) in [
                (
                    PAGE_WIDTH - RIGHT - header_width,
                    PAGE_HEIGHT - 40.0,
                    header.to_owned(),
                ),
                ((PAGE_WIDTH - foot_width) / 2.0, 36.0, foot),
            ] {
                extra.extend([
                    Op::StartTextSection,
                    Op::SetFont {
                        font: small.face.handle(),
                        size: Pt(small.size),
                    },
                    Op::SetTextCursor {
                        pos: Point { x: Pt(x), y: Pt(y) },
                    },
                    Op::ShowText {
                        items: vec![TextItem::Text(text)],
                    },
                    Op::EndTextSection,
                ]);
            }
            extra.push(Op::SetFillColor { col: grey(0.0) });
            ops.extend(extra);
        }
        pages
            .into_iter()
            .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
            .collect()
    }
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}
