// A side-effect import, first in each compiled script: see assertCompiledCondition.
import { assertCompiledCondition } from './compiledCondition';

assertCompiledCondition();
