package reglab.site.markdown.math.internal;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import reglab.site.markdown.math.MathInline;

/** Parses inline math; the delimiter rules are documented on {@link reglab.site.markdown.math.MathExtension}. */
public final class MathInlineParser implements InlineParserExtension {

    MathInlineParser(LightInlineParser inlineParser) {
    }

    @Override
    public void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
    }

    @Override
    public boolean parse(LightInlineParser inlineParser) {
        BasedSequence input = inlineParser.getInput();
        int at = inlineParser.getIndex();
        char c = input.charAt(at);
        char next = at + 1 < input.length() ? input.charAt(at + 1) : '\0';
        if (c == '\\' && next == '(') {
            int end = input.indexOf("\\)", at + 2);
            if (end < 0 || input.subSequence(at + 2, end).isBlank()) {
                return false;
            }
            return emit(inlineParser, input, at, 2, end, 2, false);
        }
        if (c != '$') {
            return false;
        }
        if (next == '$') {
            int end = input.indexOf("$$", at + 2);
            if (end < 0 || input.subSequence(at + 2, end).isBlank()) {
                return false;
            }
            return emit(inlineParser, input, at, 2, end, 2, true);
        }
        if (at > 0 && Character.isLetterOrDigit(input.charAt(at - 1))) {
            return false;
        }
        if (next == '\0' || Character.isWhitespace(next)) {
            return false;
        }
        int end = closingDollar(input, at + 1);
        if (end < 0) {
            return false;
        }
        if (end + 1 < input.length() && Character.isDigit(input.charAt(end + 1))) {
            return false;
        }
        BasedSequence tex = input.subSequence(at + 1, end);
        if (Character.isWhitespace(input.charAt(end - 1)) && !looksLikeTex(tex)) {
            return false;
        }
        return emit(inlineParser, input, at, 1, end, 1, false);
    }

    /** The next {@code $} not escaped by a backslash, or -1. */
    private static int closingDollar(BasedSequence input, int from) {
        for (int i = from; i < input.length(); i++) {
            char ch = input.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '$') {
                return i;
            }
        }
        return -1;
    }

    private static boolean looksLikeTex(CharSequence tex) {
        for (int i = 0; i < tex.length(); i++) {
            char ch = tex.charAt(i);
            if (ch == '\\' || ch == '^' || ch == '_' || ch == '{' || ch == '}') {
                return true;
            }
        }
        return false;
    }

    private static boolean emit(LightInlineParser inlineParser, BasedSequence input, int at, int openLength,
                                int end, int closeLength, boolean display) {
        inlineParser.flushTextNode();
        inlineParser.getBlock().appendChild(new MathInline(
                input.subSequence(at, at + openLength),
                input.subSequence(at + openLength, end),
                input.subSequence(end, end + closeLength),
                display));
        inlineParser.setIndex(end + closeLength);
        return true;
    }

    /** Registers the parser for {@code $} and {@code \}; it runs before CommonMark's escapes. */
    public static final class Factory implements InlineParserExtensionFactory, Unordered {
        @Override
        public CharSequence getCharacters() {
            return "$\\";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return new MathInlineParser(inlineParser);
        }
    }
}
