package dev.kansen.cli;

import dev.kansen.cli.text.Texts;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Creates the commands, handing each the {@link Terminal} it works on, and converters their {@link Texts}. */
final class CommandFactory implements CommandLine.IFactory {
  private final Terminal terminal;

  CommandFactory(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == Terminal.class) {
        return type.cast(constructor.newInstance(terminal));
      }
      if (parameters.length == 1 && parameters[0] == Texts.class) {
        return type.cast(constructor.newInstance(terminal.texts()));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}
