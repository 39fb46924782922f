#!/usr/bin/env python3
"""Writes the raster images that reglab.site.images.ImageSizeTest reads, and what Pillow says
their displayed size is.

Run with Debian's system Python and its Pillow (apt-get install -y python3-pil):

    /usr/bin/python3 site-generator/src/test/python/make_image_fixtures.py

One image per format and variant the site generator reads: PNG, GIF, JPEG (plain, and a photo
stored sideways with EXIF orientation 6, which browsers display turned a quarter), WebP in its
three layouts (lossy VP8, lossless VP8L, and the extended VP8X that animation and alpha use).
Sizes are odd and different per file so a swapped or misread field shows. expected-sizes.txt holds
"<file> <width> <height>" as displayed, from Pillow (after exif_transpose for orientation).
"""
import io
import os

from PIL import Image, ImageOps

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "images")


def picture(width, height, mode="RGB"):
    img = Image.new(mode, (width, height))
    for x in range(width):
        for y in range(height):
            px = ((x * 37) % 256, (y * 53) % 256, ((x + y) * 11) % 256)
            img.putpixel((x, y), px + ((x * 7) % 256,) if mode == "RGBA" else px)
    return img


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {}
    picture(41, 29).save(os.path.join(OUT, "plain.png"))
    picture(23, 11).convert("P").save(os.path.join(OUT, "plain.gif"))
    picture(65, 47).save(os.path.join(OUT, "plain.jpg"), quality=80)
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: the stored image is turned; display it rotated 90 degrees clockwise
    picture(64, 36).save(os.path.join(OUT, "sideways.jpg"), quality=80, exif=exif)
    picture(33, 21).save(os.path.join(OUT, "lossy.webp"), lossless=False, quality=70)
    picture(17, 9).save(os.path.join(OUT, "lossless.webp"), lossless=True)
    frames = [picture(27, 15, "RGBA"), picture(27, 15, "RGBA").rotate(180)]
    frames[0].save(os.path.join(OUT, "animated.webp"), save_all=True, append_images=frames[1:], duration=100, loop=0)
    with open(os.path.join(OUT, "expected-sizes.txt"), "w") as f:
        for name in sorted(os.listdir(OUT)):
            if name.endswith((".png", ".gif", ".jpg", ".webp")):
                with Image.open(os.path.join(OUT, name)) as img:
                    shown = ImageOps.exif_transpose(img)
                    f.write(f"{name} {shown.width} {shown.height}\n")
    print(open(os.path.join(OUT, "expected-sizes.txt")).read(), end="")


if __name__ == "__main__":
    main()
