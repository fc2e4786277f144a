//! Photos of activity reports: decoded, turned upright from their
//! orientation tag, reduced to at most [`MAX_SIDE`] pixels on their longer
//! side and re-encoded as JPEG, which leaves every metadata behind (the
//! place it was taken included).

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageReader};

/// Longest side kept, in pixels.
pub const MAX_SIDE: u32 = 1600;

/// A photo ready to store.
#[derive(Debug, Clone)]
pub struct Photo {
    /// JPEG bytes, without metadata.
    pub jpeg: Vec<u8>,
    /// Width and height.
    pub size: (u32, u32),
}

/// Why a file is not a photo Pacta can keep.
#[derive(Debug, thiserror::Error)]
#[error("not a photo: {0}")]
pub struct NotAPhoto(String);

/// Decodes, turns, reduces and re-encodes a JPEG, PNG or WebP image.
pub fn prepare(bytes: &[u8]) -> Result<Photo, NotAPhoto> {
    let fail = |e: &dyn std::fmt::Display| NotAPhoto(e.to_string());
    let mut decoder = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| fail(&e))?
        .into_decoder()
        .map_err(|e| fail(&e))?;
    let orientation = decoder.orientation().map_err(|e| fail(&e))?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| fail(&e))?;
    image.apply_orientation(orientation);
    if image.width().max(image.height()) > MAX_SIDE {
        image = image.resize(MAX_SIDE, MAX_SIDE, image::imageops::FilterType::Triangle);
    }
    let rgb = DynamicImage::ImageRgb8(image.to_rgb8());
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 85)
        .encode_image(&rgb)
        .map_err(|e| fail(&e))?;
    Ok(Photo {
        jpeg,
        size: (rgb.width(), rgb.height()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(width: u32, height: u32) -> Vec<u8> {
        let image = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            width,
            height,
            image::Rgb([90, 140, 60]),
        ));
        let mut out = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80)
            .encode_image(&image)
            .expect("encoded");
        out
    }

    /// The same JPEG with an Exif segment naming a place, after SOI.
    fn with_location(jpeg: &[u8]) -> Vec<u8> {
        let payload = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude 45.7640N GPSLongitude 4.8357E";
        let length = u16::try_from(payload.len() + 2).expect("short");
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(payload);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn a_large_photo_is_reduced_and_loses_its_location() {
        let original = with_location(&jpeg(2400, 1200));
        assert!(original.windows(11).any(|w| w == b"GPSLatitude"));
        let photo = prepare(&original).expect("a photo");
        assert_eq!(photo.size, (1600, 800));
        assert!(!photo.jpeg.windows(4).any(|w| w == b"Exif"));
        assert!(!photo.jpeg.windows(11).any(|w| w == b"GPSLatitude"));
        assert!(photo.jpeg.starts_with(&[0xFF, 0xD8]));
    }

    #[test]
    fn a_small_photo_keeps_its_size_and_text_is_not_a_photo() {
        assert_eq!(prepare(&jpeg(640, 480)).expect("a photo").size, (640, 480));
        assert!(prepare(b"%PDF-1.7 not a photo").is_err());
    }
}
