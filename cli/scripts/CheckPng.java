import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks that a screenshot shows something: it is a PNG of at least 800 x 600 pixels with many
 * distinct colours (a blank or error page has a handful) and ink over a fair part of the page.
 * Run as {@code java cli/scripts/CheckPng.java FILE.png}; exits 1 with a reason when it does not.
 */
public class CheckPng {
  public static void main(String[] args) throws Exception {
    BufferedImage image = ImageIO.read(new File(args[0]));
    if (image == null) {
      fail(args[0] + " is not a PNG image");
    }
    if (image.getWidth() < 800 || image.getHeight() < 600) {
      fail(args[0] + " is only " + image.getWidth() + "x" + image.getHeight() + " pixels");
    }
    Set<Integer> colours = new HashSet<>();
    long inked = 0;
    long pixels = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        pixels++;
        if (rgb != 0xFFFFFF) {
          inked++;
        }
      }
    }
    double inkShare = 100.0 * inked / pixels;
    System.out.printf("%s: %dx%d, %d distinct colours, %.1f%% of pixels not white%n", args[0], image.getWidth(),
        image.getHeight(), colours.size(), inkShare);
    if (colours.size() < 64) {
      fail("only " + colours.size() + " distinct colours: the page looks blank or unstyled");
    }
    if (inkShare < 3) {
      fail("only " + String.format("%.1f", inkShare) + "% of the pixels are not white: the page looks empty");
    }
  }

  private static void fail(String reason) {
    System.out.println("CheckPng: " + reason);
    System.exit(1);
  }
}
