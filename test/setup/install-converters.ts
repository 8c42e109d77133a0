import { installConverters } from '../../src/app/install-converters';

// As the command line does: tests run the synchronous engine on Traditional sheets and ask
// for zh-TW output without a host's `prepareConverters` step.
installConverters();
