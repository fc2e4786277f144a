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
///
/// Subsetting a font for each document is most of the cost of a PDF, so
/// each face is also subset once, at first use, to [`REPERTOIRE`] (the
/// letters and signs of French and Italian texts): a document
/// written in it embeds that small font as it is, already deflated. A
/// document with any other character (a Greek or Cyrillic name) takes the
/// slow path: the full faces, subset for it.
pub struct Fonts {
    full: [ParsedFont; 2],
    small: [ParsedFont; 2],
    full_advances: [[u16; 0x180]; 2],
    small_advances: [[u16; 0x180]; 2],
    /// The small faces' font programs, and the same deflated.
    small_programs: [(Vec<u8>, Vec<u8>); 2],
}

/// The characters of the small faces: what French and Italian texts use
/// (Latin-1, œ, Ÿ, typographic quotes, dashes, spaces, €, №, ™).
pub const REPERTOIRE: &[(char, char)] = &[
    ('\u{20}', '\u{7e}'),
    ('\u{a0}', '\u{ff}'),
    ('\u{152}', '\u{153}'),
    ('\u{178}', '\u{178}'),
    ('\u{2010}', '\u{2014}'),
    ('\u{2018}', '\u{201e}'),
    ('\u{2020}', '\u{2022}'),
    ('\u{2026}', '\u{2026}'),
    ('\u{202f}', '\u{2030}'),
    ('\u{2039}', '\u{203a}'),
    ('\u{20ac}', '\u{20ac}'),
    ('\u{2116}', '\u{2116}'),
    ('\u{2122}', '\u{2122}'),
];

/// Whether every character of `text` is in [`REPERTOIRE`].
pub fn in_repertoire(text: &str) -> bool {
    text.chars().all(|c| {
        REPERTOIRE
            .iter()
            .any(|(from, to)| (*from..=*to).contains(&c))
    })
}

/// The advance width of `c` in `font`, in font units (that of `?` when the
/// font lacks it).
fn advance(font: &ParsedFont, c: char) -> u16 {
    let glyph = font
        .lookup_glyph_index(u32::from(c))
        .or_else(|| font.lookup_glyph_index(u32::from('?')))
        .unwrap_or(0);
    font.get_horizontal_advance(glyph)
}

/// The advances of the characters below U+0180.
fn advances(font: &ParsedFont) -> [u16; 0x180] {
    let mut table = [0; 0x180];
    for (i, slot) in table.iter_mut().enumerate() {
        *slot = char::from_u32(u32::try_from(i).unwrap_or(0)).map_or(0, |c| advance(font, c));
    }
    table
}

fn parse(bytes: &[u8]) -> ParsedFont {
    ParsedFont::from_bytes(bytes, 0, &mut Vec::new())
        .expect("DejaVu Sans, embedded in the binary, parses")
}

/// `font` cut down to [`REPERTOIRE`], its program and the same deflated.
fn small(font: &ParsedFont) -> (ParsedFont, (Vec<u8>, Vec<u8>)) {
    use std::io::Write as _;
    let glyphs: std::collections::BTreeMap<u16, String> = REPERTOIRE
        .iter()
        .flat_map(|(from, to)| *from..=*to)
        .filter_map(|c| Some((font.lookup_glyph_index(u32::from(c))?, c.to_string())))
        .collect();
    let subset = printpdf::font::subset_font(font, &glyphs).expect("DejaVu Sans subsets");
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(&subset.bytes)
        .expect("deflating to memory");
    let deflated = encoder.finish().expect("deflating to memory");
    (parse(&subset.bytes), (subset.bytes, deflated))
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
    FONTS.get_or_init(|| {
        let full = [parse(dejavu::sans::regular()), parse(dejavu::sans::bold())];
        let (regular, regular_program) = small(&full[0]);
        let (bold, bold_program) = small(&full[1]);
        Fonts {
            full_advances: [advances(&full[0]), advances(&full[1])],
            small_advances: [advances(&regular), advances(&bold)],
            full,
            small: [regular, bold],
            small_programs: [regular_program, bold_program],
        }
    })
}

/// Which faces a document uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontSet {
    /// The faces cut to [`REPERTOIRE`], embedded whole.
    Small,
    /// The full faces, subset for the document.
    Full,
}

impl Fonts {
    fn set(&self, set: FontSet) -> &[ParsedFont; 2] {
        match set {
            FontSet::Small => &self.small,
            FontSet::Full => &self.full,
        }
    }

    /// The faces with the ids a document registers them under: fixed ids,
    /// so that the same content gives the same bytes (they also make the
    /// six-letter subset tags).
    pub fn faces(&self, set: FontSet) -> [(FontId, &ParsedFont); 2] {
        let [regular, bold] = self.set(set);
        [
            (FontId("DJVSAN".into()), regular),
            (FontId("DJVSBD".into()), bold),
        ]
    }

    /// The small faces' programs and their deflated form, to put in place
    /// of deflating them again for every document.
    pub fn deflated_programs(&self) -> &[(Vec<u8>, Vec<u8>); 2] {
        &self.small_programs
    }
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// Body text.
    Regular = 0,
    /// Headings, names.
    Bold = 1,
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
    fonts: &'static [ParsedFont; 2],
    /// Advance widths of the characters below U+0180, per face, in font
    /// units: measuring is most of the layout time.
    advances: &'static [[u16; 0x180]; 2],
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
    /// A writer on an empty first page, with this set of faces.
    pub fn new(set: FontSet) -> Writer {
        let fonts = self::fonts();
        Writer {
            fonts: fonts.set(set),
            advances: match set {
                FontSet::Small => &fonts.small_advances,
                FontSet::Full => &fonts.full_advances,
            },
            pages: vec![Vec::new()],
            y: PAGE_HEIGHT - TOP,
        }
    }

    /// The width of `text` in `style`, from the font's advances (printpdf
    /// does no kerning, so this is the width drawn).
    pub fn width(&self, style: Style, text: &str) -> f32 {
        let font = &self.fonts[style.face as usize];
        let table = &self.advances[style.face as usize];
        let per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let units: u32 = text
            .chars()
            .map(|c| match table.get(c as usize) {
                Some(advance) => u32::from(*advance),
                None => u32::from(advance(font, c)),
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

    /// Cuts `text` into lines no wider than `width`: words go whole when
    /// they fit, never apart at a no-break space, and a word longer than a
    /// line (an address, a hash) is cut between characters.
    pub fn wrap<'t>(&self, style: Style, text: &'t str, width: f32) -> Vec<Vec<&'t str>> {
        let space = self.width(style, " ");
        let mut lines: Vec<Vec<&str>> = Vec::new();
        let mut line: Vec<&str> = Vec::new();
        let mut used = 0.0;
        // No break at a no-break space (French: « Les Jardins », 180 m²).
        let breakable = |c: char| c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}';
        for mut word in text.split(breakable).filter(|w| !w.is_empty()) {
            loop {
                let w = self.width(style, word);
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
                let cut = word
                    .char_indices()
                    .map(|(i, _)| i)
                    .rev()
                    .find(|&i| i > 0 && self.width(style, &word[..i]) <= width)
                    .unwrap_or(word.len());
                lines.push(vec![&word[..cut]]);
                word = &word[cut..];
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
        // One text object per paragraph and page: the first line placed
        // absolutely, the next ones one leading below (Td is relative).
        let mut open: Option<f32> = None;
        for (i, words) in lines.into_iter().enumerate() {
            if self.y - style.leading < BOTTOM {
                if open.take().is_some() {
                    self.page().push(Op::EndTextSection);
                }
                self.new_page();
            }
            self.y -= style.leading;
            let last = i + 1 == count;
            let items = if justify && !last && words.len() > 1 {
                self.justified(style, &words, width)
            } else {
                vec![TextItem::Text(words.join(" "))]
            };
            let y = self.y;
            let pos = match open {
                None => {
                    self.page().extend([
                        Op::StartTextSection,
                        Op::SetFont {
                            font: style.face.handle(),
                            size: Pt(style.size),
                        },
                    ]);
                    Point {
                        x: Pt(LEFT + indent),
                        y: Pt(y),
                    }
                }
                Some(previous) => Point {
                    x: Pt(0.0),
                    y: Pt(y - previous),
                },
            };
            open = Some(y);
            self.page()
                .extend([Op::SetTextCursor { pos }, Op::ShowText { items }]);
        }
        if open.is_some() {
            self.page().push(Op::EndTextSection);
        }
    }

    /// A line stretched to `width`: the extra space shared between the
    /// gaps, as TJ offsets after each word but the last.
    fn justified(&self, style: Style, words: &[&str], width: f32) -> Vec<TextItem> {
        let natural: f32 = words.iter().map(|w| self.width(style, w)).sum::<f32>()
            + self.width(style, " ")
                * f32::from(u16::try_from(words.len() - 1).unwrap_or(u16::MAX));
        #[expect(clippy::cast_precision_loss, reason = "a few dozen gaps")]
        let extra = (width - natural) / (words.len() - 1) as f32;
        let offset = -extra * 1000.0 / style.size;
        let mut items = Vec::with_capacity(words.len() * 2);
        for (j, word) in words.iter().enumerate() {
            let mut text = String::with_capacity(word.len() + 1);
            text.push_str(word);
            if j + 1 < words.len() {
                text.push(' ');
                items.push(TextItem::Text(text));
                items.push(TextItem::Offset(offset));
            } else {
                items.push(TextItem::Text(text));
            }
        }
        items
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
