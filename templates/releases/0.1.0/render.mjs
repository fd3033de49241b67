// create-api-endpoint 0.1.0's renderer (commit 4320b7e918ff05c98eefc9b183c951a3928003db), frozen by scripts/freeze-release.mjs for update's
// re-render of folders that release wrote. Generated: do not edit.
import { createRequire as __cae_createRequire } from 'node:module';
const require = __cae_createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION2 = "4.7.10";
    exports.VERSION = VERSION2;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open, close) {
      close = close.path ? close.path.original : close;
      if (open.path.original !== close) {
        var errorNode = { loc: open.path.loc };
        throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open, close) {
      return {
        open: open.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open, strip, locInfo) {
      var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open, program, close, locInfo) {
      validateClose(open, close);
      return {
        type: "PartialBlockStatement",
        name: open.path,
        params: open.params,
        hash: open.hash,
        program,
        openStrip: open.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile2;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile3(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile2(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled2 = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled2) {
          compiled2 = compileInput();
        }
        return compiled2._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = __require("source-map");
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile2(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// src/core/knowledge.ts
var PROFILES = {
  EDGE: {
    label: "Edge-optimized",
    visibility: "Public (global)",
    optimizedFor: "Global clients",
    typicalUse: "Public APIs for global apps",
    howItWorks: "Requests enter the nearest CloudFront edge location and travel the AWS network to API Gateway in the Region.",
    pros: ["Best performance for clients spread across the world", "A CloudFront distribution is built in"],
    cons: [
      "Not ideal when most clients are in the same Region (an extra hop through CloudFront)",
      "Less control: you cannot manage the built-in CloudFront distribution (caching, headers, its WAF)"
    ]
  },
  REGIONAL: {
    label: "Regional",
    visibility: "Public (regional)",
    optimizedFor: "Same-Region clients / your own CDN",
    typicalUse: "Regional services, APIs behind your own CloudFront",
    howItWorks: "Requests go straight to API Gateway in the Region, without CloudFront.",
    pros: [
      "Lower latency for clients in the same Region",
      "Full control when you put your own CloudFront distribution in front"
    ],
    cons: ["No automatic global optimization", "Caching and CDN are yours to set up if you need them"]
  },
  PRIVATE: {
    label: "Private",
    visibility: "VPC-only (internal)",
    optimizedFor: "Security / internal services",
    typicalUse: "Internal microservices, private APIs",
    howItWorks: "Reachable only through interface VPC endpoints (AWS PrivateLink); requests never leave the Amazon network, and a resource policy limits which endpoints may call.",
    pros: [
      "Highest security: not exposed to the public internet",
      "Fits microservice-to-microservice calls, hybrid (Direct Connect/VPN) and cross-account consumers",
      "Centralized access control through the resource policy"
    ],
    cons: [
      "Not reachable from the public internet",
      "More network plumbing: interface endpoint, security groups, route tables, DNS \u2014 and harder troubleshooting",
      "Extra cost: interface endpoint hours and PrivateLink data processing, per Availability Zone",
      "REST APIs only; some features (edge-optimized custom domains, some TLS policies) are not available"
    ]
  }
};

// src/core/types.ts
var ENDPOINT_TYPES = {
  edge: "EDGE",
  regional: "REGIONAL",
  private: "PRIVATE"
};

// src/core/recommend.ts
function recommend(a) {
  const reasons = [];
  let recommended;
  if (a.clients === "internal") {
    recommended = "PRIVATE";
    reasons.push(
      "--clients internal: only callers inside AWS networks or on premises use the API, so it need not be reachable from the internet; a private endpoint exposes it only through interface VPC endpoints."
    );
    if (a.compliance)
      reasons.push("--compliance: regulated data must never cross the public internet; private API traffic stays on the Amazon network (AWS PrivateLink).");
    if (a.hybrid)
      reasons.push(
        `--hybrid: on-premises callers (${a.onpremCidrs.join(", ")}) reach the private endpoint over Direct Connect or VPN, without exposing the API publicly.`
      );
    if (a.crossAccount)
      reasons.push(
        `--cross-account: consumers in ${a.consumerAccounts.length === 1 ? "account" : "accounts"} ${a.consumerAccounts.join(", ")} call through their own interface endpoints, admitted by the resource policy.`
      );
  } else if (a.clients === "global" && !a.ownCdn) {
    recommended = "EDGE";
    reasons.push(
      "--clients global: public clients are spread across the world; an edge-optimized endpoint routes them through the nearest CloudFront edge location for the lowest latency."
    );
    reasons.push("--no-own-cdn: no CloudFront distribution of your own is planned, so the built-in one of an edge-optimized endpoint is welcome.");
  } else {
    recommended = "REGIONAL";
    if (a.ownCdn)
      reasons.push(
        `--own-cdn: your own CloudFront distribution will front the API; a regional endpoint behind it avoids two CloudFront layers and leaves caching, headers and WAF under your control.`
      );
    if (a.clients === "regional")
      reasons.push("--clients regional: public clients are mostly in the API\u2019s Region; a regional endpoint serves them directly, without the CloudFront hop.");
    else reasons.push("--clients global: clients worldwide are served by your CloudFront distribution\u2019s edge locations.");
  }
  const endpointType = a.endpointType ? ENDPOINT_TYPES[a.endpointType] : recommended;
  const overridden = endpointType !== recommended;
  const tradeoffs = tradeoffsFor(endpointType);
  const warnings = warningsFor(a, endpointType, recommended, overridden);
  return { endpointType, recommended, overridden, reasons, tradeoffs, warnings };
}
function tradeoffsFor(chosen) {
  const p = PROFILES[chosen];
  const out = [...p.pros.map((x) => `+ ${x}`), ...p.cons.map((x) => `- ${x}`)];
  const others = Object.keys(PROFILES).filter((t) => t !== chosen);
  for (const t of others) out.push(`${PROFILES[t].label} instead: ${whyNot(t, chosen)}`);
  return out;
}
function whyNot(other, chosen) {
  if (other === "PRIVATE") return "it would cut off every public client; it suits VPC-only callers.";
  if (chosen === "PRIVATE")
    return other === "EDGE" ? "it would expose internal operations to the internet through CloudFront; nothing gained for callers inside AWS." : "it would expose the API on the public internet; resource policies could narrow it, but not keep traffic private.";
  if (other === "EDGE") return "its built-in CloudFront adds a hop for same-Region clients and cannot be managed alongside your own distribution.";
  return "clients far from the Region would pay the full round trip on every request; no edge optimization.";
}
function warningsFor(a, type, recommended, overridden) {
  const w = [];
  if (overridden) {
    const lost = {
      EDGE: "the CloudFront edge network in front of the API for clients worldwide",
      REGIONAL: "a direct, lower-latency path for same-Region clients and room for your own CloudFront distribution",
      PRIVATE: "keeping the API off the public internet, reachable only through interface VPC endpoints"
    };
    w.push(`--endpoint-type ${type.toLowerCase()} overrides the recommended ${recommended}: it gives up ${lost[recommended]}.`);
    if (type === "PRIVATE" && a.clients !== "internal")
      w.push("Public clients cannot reach a private endpoint; only callers inside VPCs with an interface endpoint (or connected networks) can.");
  }
  if (type === "PRIVATE") {
    if (a.privateDns)
      w.push(
        "Private DNS is on for the execute-api interface endpoint: from that VPC, the default hostnames of public (edge or regional) APIs resolve to the endpoint and calls to them fail with 403. Use a custom domain for those APIs, or turn private DNS off (--no-private-dns) and call with endpoint-specific hostnames."
      );
    w.push("Private endpoints support REST APIs only (not HTTP or WebSocket APIs).");
    if (a.hybrid)
      w.push("DNS over HTTPS in browsers bypasses your resolvers: on-premises browser clients may fail to resolve the private API until DoH is disabled for them.");
    if (a.crossAccount)
      w.push("Consumer accounts must send you their interface endpoint IDs (vpce-\u2026) before they can call: add them to consumer_vpc_endpoint_ids and apply again (the deployment is redeployed automatically).");
    if (!a.vpcId || a.subnetIds.length === 0)
      w.push("VPC ID and subnets were not given: fill vpc_id and subnet_ids in terraform.tfvars (see terraform.tfvars.example).");
  }
  if (type === "EDGE" && a.domain)
    w.push(`The edge-optimized custom domain ${a.domain} needs its ACM certificate in us-east-1, whatever the API's Region; the module issues it there through the aws.us_east_1 provider, unless you pass an existing one as certificate_arn.`);
  if (type === "REGIONAL" && a.ownCdn && a.domain)
    w.push(`The CloudFront alias ${a.domain} needs its ACM certificate in us-east-1; the module issues it there through the aws.us_east_1 provider, unless you pass an existing one as certificate_arn.`);
  if (type !== "PRIVATE" && a.hybrid)
    w.push("--hybrid with a public endpoint: on-premises callers reach it over the internet, not over Direct Connect or VPN. Give them a separate PRIVATE API if traffic must stay private.");
  if (type !== "PRIVATE" && a.crossAccount)
    w.push("--cross-account with a public endpoint: other accounts call it like any public client; authorize them with IAM or a resource policy on aws:PrincipalAccount.");
  if (a.integration === "nlb" && type !== "PRIVATE")
    w.push("The VPC link reaches private targets behind the NLB; the API itself stays public.");
  return w;
}

// src/plan/features.ts
function featuresFor(a, type) {
  const isPrivate = type === "PRIVATE";
  const cdn = type === "REGIONAL" && a.ownCdn;
  const publicDomain = !!a.domain && !isPrivate && !cdn;
  const cdnDomain = !!a.domain && cdn;
  return {
    type,
    isPrivate,
    isPublic: !isPrivate,
    isEdge: type === "EDGE",
    isRegional: type === "REGIONAL",
    integration: a.integration,
    proxy: a.integration !== "mock",
    publicDomain,
    privateDomain: !!a.domain && isPrivate,
    cdn,
    cdnDomain,
    waf: !isPrivate && a.waf,
    hybrid: isPrivate && a.hybrid,
    crossAccount: isPrivate && a.crossAccount,
    usEast1: publicDomain && type === "EDGE" || cdnDomain,
    anyDomain: !!a.domain,
    issuesCertificate: publicDomain || cdnDomain
  };
}

// src/plan/outputs.ts
var always = () => true;
var OUTPUTS = [
  { name: "rest_api_id", description: "ID of the REST API.", value: "aws_api_gateway_rest_api.this.id", when: always },
  { name: "rest_api_execution_arn", description: "Execution ARN of the REST API, for IAM policies and Lambda permissions.", value: "aws_api_gateway_rest_api.this.execution_arn", when: always },
  { name: "endpoint_type", description: "Endpoint type of the REST API.", value: "one(aws_api_gateway_rest_api.this.endpoint_configuration[0].types)", when: always },
  { name: "stage_name", description: "Name of the deployed stage.", value: "aws_api_gateway_stage.this.stage_name", when: always },
  { name: "stage_arn", description: "ARN of the stage (for WAF associations and IAM).", value: "aws_api_gateway_stage.this.arn", when: always },
  { name: "invoke_url", description: "Invoke URL of the stage (for a private API it resolves only inside the VPC, with private DNS on).", value: "aws_api_gateway_stage.this.invoke_url", when: always },
  { name: "access_log_group_name", description: "CloudWatch log group that receives the access logs.", value: "aws_cloudwatch_log_group.access.name", when: always },
  { name: "execution_log_group_name", description: "CloudWatch log group API Gateway writes execution logs to.", value: "aws_cloudwatch_log_group.execution.name", when: always },
  {
    name: "vpc_endpoint_id",
    description: "ID of the execute-api interface endpoint (allowed by the resource policy).",
    value: "aws_vpc_endpoint.execute_api.id",
    when: (f) => f.isPrivate
  },
  {
    name: "vpc_endpoint_dns_names",
    description: "DNS names of the interface endpoint; call with the Host or x-apigw-api-id header when private DNS is off.",
    value: "aws_vpc_endpoint.execute_api.dns_entry[*].dns_name",
    when: (f) => f.isPrivate
  },
  {
    name: "endpoint_specific_invoke_url",
    description: "Invoke URL through the endpoint-specific Route 53 alias ({api-id}-{vpce-id}); works from the VPC with or without private DNS.",
    value: '"https://${aws_api_gateway_rest_api.this.id}-${aws_vpc_endpoint.execute_api.id}.execute-api.${data.aws_region.current.region}.amazonaws.com/${aws_api_gateway_stage.this.stage_name}"',
    when: (f) => f.isPrivate
  },
  {
    name: "endpoint_security_group_id",
    description: "Security group of the interface endpoint (443 from approved clients only).",
    value: "aws_security_group.endpoint.id",
    when: (f) => f.isPrivate
  },
  { name: "vpc_link_id", description: "ID of the VPC link to the Network Load Balancer.", value: "aws_api_gateway_vpc_link.this.id", when: (f) => f.integration === "nlb" },
  {
    name: "resolver_inbound_ips",
    description: "IP addresses of the Route 53 Resolver inbound endpoint; the targets of the on-premises conditional forwarder.",
    value: "[for ip in aws_route53_resolver_endpoint.inbound.ip_address : ip.ip]",
    when: (f) => f.hybrid
  },
  {
    name: "onprem_conditional_forwarders",
    description: "The conditional-forwarding rules to configure on the on-premises DNS servers.",
    value: "local.conditional_forwarders",
    when: (f) => f.hybrid
  },
  { name: "custom_domain_url", description: "Base URL of the API on its custom domain.", value: '"https://${var.domain_name}"', when: (f) => f.anyDomain },
  {
    name: "domain_name_target",
    description: "Host name the custom domain's alias record points at.",
    value: "aws_route53_record.api.alias[0].name",
    when: (f) => f.anyDomain
  },
  {
    name: "private_hosted_zone_id",
    description: "Route 53 private hosted zone that resolves the custom domain inside the VPC.",
    value: "aws_route53_zone.private.zone_id",
    when: (f) => f.privateDomain
  },
  {
    name: "domain_name_arn",
    description: "ARN of the private custom domain name; consumer accounts associate their endpoints with it.",
    value: "aws_api_gateway_domain_name.this.arn",
    when: (f) => f.privateDomain
  },
  { name: "ram_resource_share_arn", description: "AWS RAM share that offers the private custom domain to the consumer accounts.", value: "aws_ram_resource_share.domain.arn", when: (f) => f.crossAccount && f.privateDomain },
  { name: "web_acl_arn", description: "ARN of the WAF web ACL protecting the stage.", value: "aws_wafv2_web_acl.this.arn", when: (f) => f.waf },
  { name: "cloudfront_domain_name", description: "Domain name of the CloudFront distribution in front of the API.", value: "aws_cloudfront_distribution.this.domain_name", when: (f) => f.cdn },
  { name: "cloudfront_distribution_id", description: "ID of the CloudFront distribution (for invalidations).", value: "aws_cloudfront_distribution.this.id", when: (f) => f.cdn }
];

// src/plan/variables.ts
var always2 = () => true;
var priv = (f) => f.isPrivate;
var idList = (varName, prefix, what) => ({
  condition: `alltrue([for id in var.${varName} : can(regex("^${prefix}-([0-9a-f]{8}|[0-9a-f]{17})$", id))])`,
  message: `Each entry of ${varName} must be ${what} (${prefix}- followed by 8 or 17 hex digits).`
});
var cidrList = (varName) => [
  {
    condition: `alltrue([for c in var.${varName} : can(cidrhost(c, 0))])`,
    message: `Each entry of ${varName} must be an IPv4 CIDR block such as 10.20.0.0/16.`
  },
  {
    condition: `alltrue([for c in var.${varName} : tonumber(split("/", c)[1]) > 0])`,
    message: `${varName} must not contain 0.0.0.0/0: list the client ranges that need access.`
  }
];
var VARIABLES = [
  {
    name: "name",
    type: "string",
    description: "Name of the REST API; also prefixes the names of related resources.",
    validations: [{ condition: 'can(regex("^[a-z][a-z0-9-]{1,38}[a-z0-9]$", var.name))', message: "name must be 3-40 lowercase letters, digits or hyphens." }],
    when: always2,
    root: (a) => a.name
  },
  {
    name: "description",
    type: "string",
    description: "Description shown on the REST API.",
    default: '""',
    when: always2,
    root: (a) => a.description
  },
  {
    name: "stage_name",
    type: "string",
    description: "Name of the deployment stage; part of the invoke URL.",
    default: '"v1"',
    validations: [{ condition: 'can(regex("^[A-Za-z0-9_-]{1,128}$", var.stage_name))', message: "stage_name may contain letters, digits, hyphens and underscores only." }],
    when: always2
  },
  {
    name: "authorization",
    type: "string",
    description: "Authorization of the sample method: AWS_IAM (callers sign requests with SigV4) or NONE.",
    default: '"AWS_IAM"',
    validations: [{ condition: 'contains(["AWS_IAM", "NONE"], var.authorization)', message: "authorization must be AWS_IAM or NONE." }],
    when: always2
  },
  {
    name: "backend_url",
    type: "string",
    description: "Base URL the HTTP proxy integration forwards to, without a trailing slash (e.g. https://backend.example.com).",
    validations: [{ condition: 'can(regex("^https?://[^/]+(/.*[^/])?$", var.backend_url))', message: "backend_url must be an http(s) URL without a trailing slash." }],
    when: (f) => f.integration === "http",
    root: () => void 0,
    example: '"https://backend.example.com"'
  },
  {
    name: "lambda_function_name",
    type: "string",
    description: "Name of the existing Lambda function behind the Lambda proxy integration.",
    validations: [{ condition: "length(var.lambda_function_name) > 0", message: "lambda_function_name must not be empty." }],
    when: (f) => f.integration === "lambda",
    root: () => void 0,
    example: '"orders-handler"'
  },
  {
    name: "nlb_arn",
    type: "string",
    description: "ARN of the existing Network Load Balancer the VPC link targets.",
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:loadbalancer/net/", var.nlb_arn))', message: "nlb_arn must be the ARN of a Network Load Balancer (\u2026:loadbalancer/net/\u2026)." }],
    when: (f) => f.integration === "nlb",
    root: () => void 0,
    example: '"arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/orders/0123456789abcdef"'
  },
  {
    name: "nlb_backend_url",
    type: "string",
    description: "Base URL requests are sent to through the VPC link; its host name must match the NLB listener certificate when the listener is TLS.",
    validations: [{ condition: 'can(regex("^https?://[^/]+$", var.nlb_backend_url))', message: "nlb_backend_url must be an http(s) URL with no path, e.g. https://orders.internal.example.com." }],
    when: (f) => f.integration === "nlb",
    root: () => void 0,
    example: '"https://orders.internal.example.com"'
  },
  {
    name: "vpc_id",
    type: "string",
    description: "VPC that hosts the execute-api interface endpoint (and whose clients call the API).",
    validations: [{ condition: 'can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))', message: "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)." }],
    when: priv,
    root: (a) => a.vpcId,
    example: '"vpc-0123456789abcdef0"'
  },
  {
    name: "subnet_ids",
    type: "list(string)",
    description: "Subnets for the endpoint network interfaces, in at least two Availability Zones.",
    validations: [
      idList("subnet_ids", "subnet", "a subnet ID"),
      { condition: "length(var.subnet_ids) >= 2", message: "Give at least two subnets in different Availability Zones, so the endpoint is not a single point of failure." }
    ],
    when: priv,
    root: (a) => a.subnetIds.length ? a.subnetIds : void 0,
    example: '["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]'
  },
  {
    name: "client_security_group_ids",
    type: "list(string)",
    description: "Security groups of the clients allowed to reach the endpoint on 443 (preferred over CIDR ranges: rules follow the clients).",
    default: "[]",
    validations: [idList("client_security_group_ids", "sg", "a security group ID")],
    when: priv,
    root: (a) => a.clientSecurityGroupIds
  },
  {
    name: "client_cidr_blocks",
    type: "list(string)",
    description: "Additional IPv4 ranges allowed to reach the endpoint on 443, for clients without a security group to reference.",
    default: "[]",
    validations: cidrList("client_cidr_blocks"),
    when: priv
  },
  {
    name: "onprem_cidr_blocks",
    type: "list(string)",
    description: "On-premises ranges (over Direct Connect or VPN) allowed to reach the endpoint on 443 and the Resolver inbound endpoint on 53.",
    validations: [...cidrList("onprem_cidr_blocks"), { condition: "length(var.onprem_cidr_blocks) > 0", message: "Give at least one on-premises range." }],
    when: (f) => f.hybrid,
    root: (a) => a.onpremCidrs
  },
  {
    name: "private_dns_enabled",
    type: "bool",
    description: "Resolve the default execute-api hostnames to the interface endpoint inside the VPC. Public APIs can then not be called by their default hostnames from this VPC (403).",
    default: "true",
    when: priv,
    root: (a) => a.privateDns
  },
  {
    name: "consumer_account_ids",
    type: "list(string)",
    description: "AWS accounts whose VPC endpoints may call the API; the private custom domain is shared with them through AWS RAM.",
    validations: [{ condition: 'alltrue([for id in var.consumer_account_ids : can(regex("^[0-9]{12}$", id))])', message: "Each consumer account ID must be 12 digits." }],
    when: (f) => f.crossAccount && f.privateDomain,
    root: (a) => a.consumerAccounts
  },
  {
    name: "consumer_vpc_endpoint_ids",
    type: "list(string)",
    description: "Interface endpoint IDs (vpce-\u2026) created by consumer accounts; added to the resource policy. Empty until the consumers send them.",
    default: "[]",
    validations: [idList("consumer_vpc_endpoint_ids", "vpce", "a VPC endpoint ID")],
    when: (f) => f.crossAccount,
    root: () => []
  },
  {
    name: "ram_allow_external_principals",
    type: "bool",
    description: "Allow sharing the private custom domain with accounts outside your AWS Organization.",
    default: "false",
    when: (f) => f.crossAccount && f.privateDomain
  },
  {
    name: "domain_name",
    type: "string",
    description: "Custom domain name for the API.",
    validations: [{ condition: 'can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\\\.)+[a-z]{2,63}$", var.domain_name))', message: "domain_name must be a lowercase fully qualified domain name." }],
    when: (f) => f.anyDomain,
    root: (a) => a.domain
  },
  {
    name: "hosted_zone_id",
    type: "string",
    description: "Public Route 53 hosted zone that holds domain_name: receives the alias record and, unless certificate_arn is given, the certificate validation records.",
    validations: [{ condition: 'can(regex("^Z[0-9A-Z]{1,32}$", var.hosted_zone_id))', message: "hosted_zone_id must be a Route 53 hosted zone ID (Z\u2026)." }],
    when: (f) => f.issuesCertificate,
    root: () => void 0,
    example: '"Z0123456789ABCDEFGHIJ"'
  },
  ...["us-east-1", "the API's Region"].map(
    (where) => ({
      name: "certificate_arn",
      type: "string",
      description: `ARN of an existing ACM certificate for domain_name, in ${where} (a central or wildcard one); null issues one here, validated through DNS in hosted_zone_id.`,
      default: "null",
      validations: [{ condition: 'var.certificate_arn == null || can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))', message: "certificate_arn must be null or an ACM certificate ARN." }],
      when: (f) => f.issuesCertificate && f.usEast1 === (where === "us-east-1"),
      root: () => null
    })
  ),
  {
    name: "certificate_arn",
    type: "string",
    description: "ARN of an ACM certificate for domain_name in the API's Region (private custom domains use a certificate you issue beforehand).",
    validations: [{ condition: 'can(regex("^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/", var.certificate_arn))', message: "certificate_arn must be an ACM certificate ARN." }],
    when: (f) => f.privateDomain,
    root: () => void 0,
    example: '"arn:aws:acm:us-east-1:111122223333:certificate/01234567-89ab-cdef-0123-456789abcdef"'
  },
  {
    name: "waf_rate_limit",
    type: "number",
    description: "Requests per 5 minutes from one IP address above which the web ACL blocks that address.",
    default: "2000",
    validations: [{ condition: "var.waf_rate_limit >= 10", message: "waf_rate_limit must be at least 10 (the AWS WAF minimum)." }],
    when: (f) => f.waf
  },
  {
    name: "cloudfront_price_class",
    type: "string",
    description: "CloudFront price class: which edge locations serve the API.",
    default: '"PriceClass_100"',
    validations: [{ condition: 'contains(["PriceClass_100", "PriceClass_200", "PriceClass_All"], var.cloudfront_price_class)', message: "cloudfront_price_class must be PriceClass_100, PriceClass_200 or PriceClass_All." }],
    when: (f) => f.cdn
  },
  {
    name: "throttling_rate_limit",
    type: "number",
    description: "Steady-state requests per second allowed on every method of the stage.",
    default: "100",
    when: always2
  },
  {
    name: "throttling_burst_limit",
    type: "number",
    description: "Burst of requests allowed on every method of the stage.",
    default: "200",
    when: always2
  },
  {
    name: "execution_logging_level",
    type: "string",
    description: "Execution log level of the stage: OFF, ERROR or INFO. Needs the account-level CloudWatch role (see manage_account_cloudwatch_role).",
    default: '"ERROR"',
    validations: [{ condition: 'contains(["OFF", "ERROR", "INFO"], var.execution_logging_level)', message: "execution_logging_level must be OFF, ERROR or INFO." }],
    when: always2
  },
  {
    name: "log_retention_days",
    type: "number",
    description: "Retention of the access, execution and network log groups, in days.",
    default: "365",
    validations: [{ condition: "contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)", message: "log_retention_days must be a retention CloudWatch Logs accepts (1, 3, 5, 7, 14, 30, \u2026 365, \u2026 3653)." }],
    when: always2
  },
  {
    name: "log_kms_key_arn",
    type: "string",
    description: "KMS key that encrypts the log groups; null keeps CloudWatch Logs' default encryption. The key policy must allow the logs service.",
    default: "null",
    when: always2
  },
  {
    name: "xray_tracing_enabled",
    type: "bool",
    description: "Trace requests with AWS X-Ray.",
    default: "true",
    when: always2
  },
  {
    name: "manage_account_cloudwatch_role",
    type: "bool",
    description: "Create the account-wide IAM role API Gateway uses to write logs. There is one per account and Region: turn on only if nothing else manages it.",
    default: "false",
    when: always2,
    root: () => false
  },
  {
    name: "alarm_sns_topic_arn",
    type: "string",
    description: "SNS topic notified when an alarm fires or clears; null creates the alarms without notifications.",
    default: "null",
    when: always2,
    root: () => null
  },
  {
    name: "alarm_5xx_threshold",
    type: "number",
    description: "Number of 5XX responses in 5 minutes that raises the server-error alarm.",
    default: "5",
    when: always2
  },
  {
    name: "alarm_latency_p99_ms",
    type: "number",
    description: "p99 latency in milliseconds over 5 minutes that raises the latency alarm.",
    default: "2500",
    when: always2
  },
  {
    name: "manage_network_acl",
    type: "bool",
    description: "Put the endpoint subnets behind a dedicated network ACL (443 in from client ranges, ephemeral ports back, everything else denied). It replaces their current network ACL: keep off if other workloads share the subnets.",
    default: "false",
    when: priv
  },
  {
    name: "enable_flow_logs",
    type: "bool",
    description: "Record VPC flow logs for the endpoint subnets, to troubleshoot connectivity and audit traffic.",
    default: "true",
    when: priv
  },
  {
    name: "tags",
    type: "map(string)",
    description: "Tags for every resource that takes them.",
    default: "{}",
    when: always2
  }
];

// src/plan/plan.ts
var MODULE_DIR = "modules/rest-api";
var CONSUMER_DIR = "modules/consumer";
var MANIFEST = ".create-api-endpoint.json";
var COMPONENTS = [
  {
    when: () => true,
    files: {
      "versions.tf": "module/versions.tf",
      "main.tf": "module/main.tf",
      "deployment.tf": "module/deployment.tf",
      "logging.tf": "module/logging.tf",
      "variables.tf": "common/variables.tf",
      "outputs.tf": "module/outputs.tf"
    }
  },
  { when: (f) => f.isPrivate, files: { "policy.tf": "module/policy.tf", "vpc-endpoint.tf": "module/vpc-endpoint.tf", "network.tf": "module/network.tf" } },
  { when: (f) => f.publicDomain, files: { "domain.tf": "module/domain-public.tf" } },
  { when: (f) => f.privateDomain, files: { "domain.tf": "module/domain-private.tf" } },
  { when: (f) => f.crossAccount && f.privateDomain, files: { "sharing.tf": "module/sharing.tf" } },
  { when: (f) => f.waf, files: { "waf.tf": "module/waf.tf" } },
  { when: (f) => f.cdn, files: { "cdn.tf": "module/cdn.tf" } },
  { when: (f) => f.hybrid, files: { "resolver.tf": "module/resolver.tf" } }
];
var ROOT_FILES = [
  { path: "versions.tf", template: "root/versions.tf", scope: "root" },
  { path: "providers.tf", template: "root/providers.tf", scope: "root" },
  { path: "main.tf", template: "root/main.tf", scope: "root" },
  { path: "variables.tf", template: "common/variables.tf", scope: "root" },
  { path: "outputs.tf", template: "root/outputs.tf", scope: "root" },
  { path: "terraform.tfvars.example", template: "root/terraform.tfvars.example", scope: "root" },
  { path: "README.md", template: "docs/README.md", scope: "root" },
  { path: "TROUBLESHOOTING.md", template: "docs/TROUBLESHOOTING.md", scope: "root" }
];
var CONSUMER_FILES = {
  "versions.tf": "consumer/versions.tf",
  "main.tf": "consumer/main.tf",
  "variables.tf": "consumer/variables.tf",
  "outputs.tf": "consumer/outputs.tf",
  "README.md": "consumer/README.md"
};
var ROOT_ONLY = [
  {
    name: "region",
    type: "string",
    description: "AWS Region the API is deployed in.",
    when: () => true,
    validations: [{ condition: 'can(regex("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$", var.region))', message: "region must be an AWS Region code such as eu-west-1." }],
    rootDefault: void 0,
    hasRootDefault: true
  },
  {
    name: "tags",
    type: "map(string)",
    description: "Tags applied to every resource through the provider's default_tags.",
    when: () => true,
    rootDefault: void 0,
    hasRootDefault: true
  }
];
function plan(answers, recommendation, toolVersion) {
  const features = featuresFor(answers, recommendation.endpointType);
  const variables = VARIABLES.filter((v) => v.when(features));
  const outputs = OUTPUTS.filter((o) => o.when(features));
  const rootVariables = [
    { ...ROOT_ONLY[0], rootDefault: answers.region },
    { ...ROOT_ONLY[1], rootDefault: { ManagedBy: "terraform", Api: answers.name } }
  ];
  for (const v of variables) {
    if (!v.root) continue;
    const value = v.root(answers);
    rootVariables.push({ ...v, default: void 0, rootDefault: value, hasRootDefault: value !== void 0 });
  }
  const files = [...ROOT_FILES];
  for (const c of COMPONENTS) {
    if (!c.when(features)) continue;
    for (const [file, template] of Object.entries(c.files)) files.push({ path: `${MODULE_DIR}/${file}`, template, scope: "module" });
  }
  let consumerDir;
  if (features.crossAccount) {
    consumerDir = CONSUMER_DIR;
    for (const [file, template] of Object.entries(CONSUMER_FILES)) files.push({ path: `${CONSUMER_DIR}/${file}`, template, scope: "module" });
  }
  files.push({ path: MANIFEST, template: "root/manifest.json", scope: "root" });
  return {
    toolVersion,
    answers,
    recommendation,
    features,
    moduleDir: MODULE_DIR,
    consumerDir,
    variables,
    rootVariables,
    requiredRootVariables: rootVariables.filter((v) => !v.hasRootDefault),
    outputs,
    files
  };
}

// src/render/engine.ts
var import_handlebars = __toESM(require_lib(), 1);
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";

// src/render/hcl.ts
function hclString(value) {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const next = value[i + 1];
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if ((ch === "$" || ch === "%") && next === "{") {
      out += ch + ch + "{";
      i++;
    } else {
      const code = ch.charCodeAt(0);
      out += code < 32 || code === 127 ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
    }
  }
  return `"${out}"`;
}
function hclValue(value, indent = "") {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return hclString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${value.map((v) => hclValue(v, indent)).join(", ")}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const inner = indent + "  ";
  const width = Math.max(...entries.map(([k]) => hclKey(k).length));
  const lines = entries.map(([k, v]) => `${inner}${hclKey(k).padEnd(width)} = ${hclValue(v, inner)}`);
  return `{
${lines.join("\n")}
${indent}}`;
}
function hclKey(k) {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : hclString(k);
}
function hclComment(value) {
  return value.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
}

// src/render/engine.ts
var COMPILE_OPTIONS = { strict: true, noEscape: true, preventIndent: true };
var precompiled = (() => {
  try {
    const set = createRequire(import.meta.url)("./templates.precompiled.cjs");
    return isDeepStrictEqual(set.options, COMPILE_OPTIONS) ? set : void 0;
  } catch {
    return void 0;
  }
})();
var templateHash = (source) => createHash("sha256").update(source).digest("hex").slice(0, 32);
function compile(name, source) {
  const pre = precompiled?.templates[name];
  if (pre && pre.hash === templateHash(source)) return hbs.template(pre.spec);
  return hbs.compile(source, { ...COMPILE_OPTIONS });
}
var hbs = import_handlebars.default.create();
hbs.registerHelper({
  /** A user value as a quoted, escaped HCL string. */
  hcl: (v) => {
    if (typeof v !== "string") throw new Error(`hcl helper expects text, got ${JSON.stringify(v)}`);
    return hclString(v);
  },
  /** Any value as an HCL literal (lists, maps, null). */
  hclValue: (v) => hclValue(v),
  /** A user value inside a `#` comment. */
  comment: (v) => hclComment(String(v)),
  /** A value inside a Markdown table cell. */
  md: (v) => String(v ?? "").replace(/\|/g, "\\|").replace(/\r?\n/g, " "),
  json: (v) => JSON.stringify(v, null, 2),
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  and: (...args) => args.slice(0, -1).every(Boolean),
  or: (...args) => args.slice(0, -1).some(Boolean),
  not: (v) => !v,
  join: (list, sep) => Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : "",
  lower: (v) => String(v).toLowerCase(),
  concat: (...args) => args.slice(0, -1).join(""),
  upper: (v) => String(v).toUpperCase()
});
var compiled = /* @__PURE__ */ new WeakMap();
function registered(templates) {
  let cache = compiled.get(templates);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    compiled.set(templates, cache);
    for (const p of Object.keys(hbs.partials)) hbs.unregisterPartial(p);
    for (const [name, source] of templates) {
      const fn = compile(name, source);
      cache.set(name, fn);
      hbs.registerPartial(name, fn);
    }
  }
  return cache;
}
var TemplateError = class extends Error {
  constructor(template, message) {
    super(`Rendering template "${template}" failed: ${message}`);
    this.template = template;
    this.name = "TemplateError";
  }
  template;
};
function renderTemplate(templates, name, context) {
  const cache = registered(templates);
  const fn = cache.get(name);
  if (!fn) throw new TemplateError(name, `no such template (looked for ${name}.hbs)`);
  try {
    return fn(context);
  } catch (err) {
    throw new TemplateError(name, err.message);
  }
}

// src/render/render.ts
function varView(v, defaultHcl) {
  const multiline = defaultHcl?.includes("\n") ?? false;
  return { name: v.name, type: v.type, description: v.description, defaultHcl, multiline, validations: v.validations ?? [], sensitive: v.sensitive ?? false };
}
function padded(names) {
  const width = Math.max(0, ...names.map((n) => n.length));
  return names.map((name) => ({ name, padded: name.padEnd(width) }));
}
function renderFiles(bp, templates) {
  const context = templateContext(bp);
  const tree = /* @__PURE__ */ new Map();
  for (const file of bp.files) {
    const vars = file.scope === "root" ? context.rootVars : context.moduleVars;
    const text = renderTemplate(templates, file.template, { ...context, vars, file: file.path });
    tree.set(file.path, tidy(text, file.path));
  }
  return tree;
}
function templateContext(bp) {
  const a = bp.answers;
  const rec = bp.recommendation;
  return {
    tool: { name: "create-api-endpoint", version: bp.toolVersion },
    answers: { ...a, domain: a.domain ?? null, vpcId: a.vpcId ?? null, endpointType: a.endpointType ?? null },
    rec,
    f: bp.features,
    moduleDir: bp.moduleDir,
    consumerDir: bp.consumerDir ?? null,
    outputs: bp.outputs,
    variables: bp.variables,
    rootVariables: bp.rootVariables,
    requiredRootVariables: bp.requiredRootVariables,
    moduleVars: bp.variables.map((v) => varView(v, v.default ?? null)),
    rootVars: bp.rootVariables.map((v) => varView(v, v.hasRootDefault ? hclValue(v.rootDefault, "  ") : null)),
    /** Module arguments set by the root: every exposed variable, passed through. */
    moduleArgs: padded(bp.rootVariables.filter((v) => v.name !== "region" && v.name !== "tags").map((v) => v.name)),
    tfvarsExample: bp.requiredRootVariables.map((v) => ({ name: v.name, description: v.description, example: v.example ?? '""' })),
    chosen: PROFILES[rec.endpointType],
    profiles: ["EDGE", "REGIONAL", "PRIVATE"].map((t) => ({ type: t, chosen: t === rec.endpointType, ...PROFILES[t] })),
    manifest: {
      tool: "create-api-endpoint",
      version: bp.toolVersion,
      answers: a,
      recommendation: rec,
      files: bp.files.map((f) => f.path)
    }
  };
}
function tidy(text, path) {
  const lines = text.split("\n").map((l) => l.replace(/[ \t]+$/, ""));
  const out = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (line === "" && (prev === "" || prev === void 0)) continue;
    if (line === "" && path.endsWith(".tf") && prev !== void 0 && /[{[(]$/.test(prev)) continue;
    if (/^\s*[}\])]/.test(line) && prev === "" && path.endsWith(".tf")) out.pop();
    out.push(line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n") + "\n";
}

// release-entry.ts
var VERSION = "0.1.0";
var COMMIT = "4320b7e918ff05c98eefc9b183c951a3928003db";
var TEMPLATES = new Map(Object.entries({ "common/private-zone": 'resource "aws_route53_zone" "private" {\n  name    = var.domain_name\n  comment = "{{zoneComment}}"\n\n  #checkov:skip=CKV2_AWS_38:DNSSEC signing is not supported for private hosted zones.\n  #checkov:skip=CKV2_AWS_39:Query logging is not supported for private hosted zones; use Route 53 Resolver query logging for the VPC.\n  vpc {\n    vpc_id = var.vpc_id\n  }\n\n  tags = var.tags\n}\n\nresource "aws_route53_record" "api" {\n  zone_id = aws_route53_zone.private.zone_id\n  name    = var.domain_name\n  type    = "A"\n\n  alias {\n    name                   = aws_vpc_endpoint.execute_api.dns_entry[0].dns_name\n    zone_id                = aws_vpc_endpoint.execute_api.dns_entry[0].hosted_zone_id\n    evaluate_target_health = true\n  }\n}\n', "common/variables.tf": '{{#each vars}}\nvariable "{{name}}" {\n  description = {{hcl description}}\n  type        = {{{type}}}\n{{#if multiline}}\n  default = {{{defaultHcl}}}\n{{else if defaultHcl}}\n  default     = {{{defaultHcl}}}\n{{/if}}\n{{#if sensitive}}\n  sensitive   = true\n{{/if}}\n{{#each validations}}\n\n  validation {\n    condition     = {{{condition}}}\n    error_message = {{hcl message}}\n  }\n{{/each}}\n}\n\n{{/each}}\n', "consumer/README.md": '# Consumer module for {{answers.name}}\n\nApply this module **in each consumer account** ({{join answers.consumerAccounts ", "}}) to call the\nprivate API `{{answers.name}}` through AWS PrivateLink.\n\n```hcl\nmodule "{{answers.name}}_consumer" {\n  source = "./{{consumerDir}}"\n\n  vpc_id                    = "vpc-0123456789abcdef0"\n  subnet_ids                = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]\n  client_security_group_ids = ["sg-0123456789abcdef0"]\n{{#if f.privateDomain}}\n  domain_name_arn           = "<domain_name_arn output of the provider stack>"\n{{/if}}\n}\n```\n\nSteps:\n{{#if f.privateDomain}}\n1. Accept the AWS RAM resource share `{{answers.name}}-private-domain` (automatic inside an AWS Organization with RAM sharing enabled).\n2. Apply this module.\n3. Send the `vpc_endpoint_id` output to the API owner; they add it to `consumer_vpc_endpoint_ids` and apply. Until then calls fail with **403 Forbidden**.\n4. Call `https://{{answers.domain}}/` from the consumer VPC.\n{{else}}\n1. Apply this module.\n2. Send the `vpc_endpoint_id` output to the API owner; they add it to `consumer_vpc_endpoint_ids` and apply. Until then calls fail with **403 Forbidden**.\n3. Call `https://{api-id}-{vpce-id}.execute-api.{{answers.region}}.amazonaws.com/v1/...` from the consumer VPC, or the default hostname when private DNS is on.\n{{/if}}\n\n| Input | Description |\n|---|---|\n| `vpc_id` | Consumer VPC whose clients call the private API. |\n| `subnet_ids` | Subnets for the interface endpoint, two Availability Zones or more. |\n| `client_security_group_ids` | Client security groups admitted on 443. |\n| `private_dns_enabled` | Resolve default execute-api hostnames to the endpoint (default `true`). |\n{{#if f.privateDomain}}\n| `domain_name` | The shared private custom domain (default `{{answers.domain}}`). |\n| `domain_name_arn` | ARN of the shared domain name. |\n{{/if}}\n\n| Output | Description |\n|---|---|\n| `vpc_endpoint_id` | Send to the API owner. |\n| `vpc_endpoint_dns_names` | DNS names of the endpoint. |\n', "consumer/main.tf": '# Runs in a consumer account: an execute-api interface endpoint in the consumer VPC{{#if f.privateDomain}}, its\n# association with the shared private custom domain, and DNS for that domain{{/if}}. Send the\n# vpc_endpoint_id output to the API owner, who adds it to consumer_vpc_endpoint_ids.\ndata "aws_region" "current" {}\n\nresource "aws_security_group" "endpoint" {\n  name_prefix = "${var.name}-consumer-execute-api-"\n  description = "HTTPS from consumer clients to the execute-api interface endpoint"\n  vpc_id      = var.vpc_id\n\n  tags = merge(var.tags, { Name = "${var.name}-consumer-execute-api" })\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_vpc_security_group_ingress_rule" "endpoint_from_security_groups" {\n  for_each = toset(var.client_security_group_ids)\n\n  security_group_id            = aws_security_group.endpoint.id\n  description                  = "HTTPS from client security group ${each.value}"\n  referenced_security_group_id = each.value\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n}\n\nresource "aws_vpc_endpoint" "execute_api" {\n  vpc_id              = var.vpc_id\n  service_name        = "com.amazonaws.${data.aws_region.current.region}.execute-api"\n  vpc_endpoint_type   = "Interface"\n  subnet_ids          = var.subnet_ids\n  security_group_ids  = [aws_security_group.endpoint.id]\n  private_dns_enabled = var.private_dns_enabled\n\n  tags = merge(var.tags, { Name = "${var.name}-consumer-execute-api" })\n}\n{{#if f.privateDomain}}\n\nresource "aws_api_gateway_domain_name_access_association" "this" {\n  domain_name_arn                = var.domain_name_arn\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n\n  tags = var.tags\n}\n\n{{> common/private-zone zoneComment="Private custom domain shared by the API owner"}}\n{{/if}}\n', "consumer/outputs.tf": 'output "vpc_endpoint_id" {\n  description = "Send this to the API owner: it goes into their consumer_vpc_endpoint_ids."\n  value       = aws_vpc_endpoint.execute_api.id\n}\n\noutput "vpc_endpoint_dns_names" {\n  description = "DNS names of the consumer interface endpoint."\n  value       = aws_vpc_endpoint.execute_api.dns_entry[*].dns_name\n}\n', "consumer/variables.tf": `variable "name" {
  description = "Prefix for the consumer-side resources."
  type        = string
  default     = {{hcl answers.name}}
}

variable "vpc_id" {
  description = "Consumer VPC whose clients call the private API."
  type        = string

  validation {
    condition     = can(regex("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$", var.vpc_id))
    error_message = "vpc_id must be a VPC ID (vpc- followed by 8 or 17 hex digits)."
  }
}

variable "subnet_ids" {
  description = "Subnets for the interface endpoint, in at least two Availability Zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2 && alltrue([for id in var.subnet_ids : can(regex("^subnet-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Give at least two subnet IDs (subnet-\u2026) in different Availability Zones."
  }
}

variable "client_security_group_ids" {
  description = "Security groups of the consumer clients allowed to reach the endpoint on 443."
  type        = list(string)

  validation {
    condition     = length(var.client_security_group_ids) > 0 && alltrue([for id in var.client_security_group_ids : can(regex("^sg-([0-9a-f]{8}|[0-9a-f]{17})$", id))])
    error_message = "Give at least one security group ID (sg-\u2026)."
  }
}

variable "private_dns_enabled" {
  description = "Resolve the default execute-api hostnames to this endpoint inside the consumer VPC (public APIs then answer 403 from it)."
  type        = bool
  default     = true
}
{{#if f.privateDomain}}

variable "domain_name" {
  description = "Private custom domain of the API, shared with this account through AWS RAM."
  type        = string
  default     = {{hcl answers.domain}}
}

variable "domain_name_arn" {
  description = "ARN of the shared private custom domain name (the provider's domain_name_arn output)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:apigateway:", var.domain_name_arn))
    error_message = "domain_name_arn must be an API Gateway domain name ARN."
  }
}
{{/if}}

variable "tags" {
  description = "Tags for every resource that takes them."
  type        = map(string)
  default     = {}
}
`, "consumer/versions.tf": 'terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 6.66"\n    }\n  }\n}\n', "docs/README.md": '# {{answers.name}}\n\n{{answers.description}}\n\nGenerated by {{tool.name}} {{tool.version}}: an Amazon API Gateway REST API with a\n**{{rec.endpointType}}** endpoint in `{{answers.region}}`, as a root module calling the reusable module\n`{{moduleDir}}`{{#if consumerDir}} (plus `{{consumerDir}}` for the consumer accounts){{/if}}.\n\n## Why {{chosen.label}}\n\n{{#each rec.reasons}}\n- {{this}}\n{{/each}}\n{{#if rec.overridden}}\n- Chosen by override; the rules recommended **{{rec.recommended}}**.\n{{/if}}\n\nTrade-offs:\n\n{{#each rec.tradeoffs}}\n- {{this}}\n{{/each}}\n{{#if rec.warnings.length}}\n\nWarnings:\n\n{{#each rec.warnings}}\n- \u26A0 {{this}}\n{{/each}}\n{{/if}}\n\n| | Visibility | Optimized for | Typical use |\n|---|---|---|---|\n{{#each profiles}}\n| {{#if chosen}}**{{label}}** (chosen){{else}}{{label}}{{/if}} | {{visibility}} | {{optimizedFor}} | {{typicalUse}} |\n{{/each}}\n\n## What is generated\n\n```mermaid\nflowchart LR\n{{#if f.isPrivate}}\n  clients["Clients in the VPC"] -->|HTTPS 443| sg["Endpoint security group"]\n  sg --> vpce["Interface endpoint<br/>execute-api"]\n{{#if f.hybrid}}\n  onprem["On-premises clients<br/>{{join answers.onpremCidrs ", "}}"] -->|Direct Connect / VPN| sg\n  onpremdns["On-premises DNS"] -->|conditional forwarder| resolver["Route 53 Resolver<br/>inbound endpoint"]\n{{/if}}\n{{#if f.crossAccount}}\n  consumers["Consumer accounts<br/>{{join answers.consumerAccounts ", "}}"] -->|own interface endpoints| api\n{{/if}}\n{{#if f.privateDomain}}\n  phz["Private hosted zone<br/>{{answers.domain}}"] -.-> vpce\n{{/if}}\n  vpce -->|"aws:SourceVpce allowed<br/>by resource policy"| api["REST API (PRIVATE)<br/>stage v1"]\n{{else}}\n{{#if f.cdn}}\n  clients["Public clients"] --> cf["Your CloudFront distribution{{#if f.cdnDomain}}<br/>{{answers.domain}}{{/if}}"]\n  cf -->|HTTPS| api["REST API (REGIONAL)<br/>stage v1"]\n{{else}}\n{{#if f.publicDomain}}\n  clients["Public clients"] --> dom["Custom domain<br/>{{answers.domain}} (TLS 1.2)"]\n  dom --> api["REST API ({{rec.endpointType}})<br/>stage v1"]\n{{else}}\n  clients["Public clients"] --> api["REST API ({{rec.endpointType}})<br/>stage v1"]\n{{/if}}\n{{/if}}\n{{#if f.waf}}\n  waf["AWS WAF web ACL"] -.-> api\n{{/if}}\n{{/if}}\n  api --> backend["{{#if (eq f.integration "mock")}}Mock integration{{/if}}{{#if (eq f.integration "http")}}HTTP backend{{/if}}{{#if (eq f.integration "lambda")}}Lambda function{{/if}}{{#if (eq f.integration "nlb")}}VPC link \u2192 NLB{{/if}}"]\n  api -.-> logs["CloudWatch access and execution logs, alarms"]\n```\n\nFiles:\n\n{{#each manifest.files}}\n- `{{this}}`\n{{/each}}\n\n## Inputs (root module)\n\n| Name | Type | Default | Description |\n|---|---|---|---|\n{{#each rootVars}}\n| `{{name}}` | `{{type}}` | {{#if defaultHcl}}`{{md defaultHcl}}`{{else}}required{{/if}} | {{md description}} |\n{{/each}}\n\nThe child module `{{moduleDir}}` takes more inputs with safe defaults:\n\n| Name | Type | Default | Description |\n|---|---|---|---|\n{{#each moduleVars}}\n| `{{name}}` | `{{type}}` | {{#if defaultHcl}}`{{md defaultHcl}}`{{else}}required{{/if}} | {{md description}} |\n{{/each}}\n\n## Outputs\n\n| Name | Description |\n|---|---|\n{{#each outputs}}\n| `{{name}}` | {{md description}} |\n{{/each}}\n\n## Next steps\n\n```sh\ncp terraform.tfvars.example terraform.tfvars   # fill in the values it lists\nterraform init\nterraform plan -out tfplan\nterraform apply tfplan\n```\n\nAPI Gateway writes logs only once the account has a CloudWatch role. If `terraform apply` fails with\n"CloudWatch Logs role ARN must be set in account settings", set `manage_account_cloudwatch_role = true`\n(one role per account and Region \u2014 only if no other stack manages it).\n{{#if f.crossAccount}}\n\nCross-account: each consumer account applies `{{consumerDir}}` (see its README) and sends you its\n`vpc_endpoint_id`; add it to `consumer_vpc_endpoint_ids` and apply again.\n{{/if}}\n{{#if f.hybrid}}\n\nHybrid: after apply, configure the conditional forwarders from the `onprem_conditional_forwarders`\noutput on your on-premises DNS servers, and make sure on-premises routers send the VPC\'s range over\nDirect Connect or VPN (often through a Transit Gateway).\n{{/if}}\n\n## Calling the API\n\n{{#if f.isPrivate}}\nFrom inside the VPC (or a connected network), with the sample method signed by SigV4\n(`authorization = "AWS_IAM"`; curl 7.75+):\n\n```sh\n# Private DNS on (private_dns_enabled = true): the standard hostname resolves to the endpoint.\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  "$(terraform output -raw invoke_url)/{{#if f.proxy}}anything{{else}}health{{/if}}"\n\n# Private DNS off, or from a network that does not resolve it: the endpoint-specific hostname.\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  "$(terraform output -raw endpoint_specific_invoke_url)/{{#if f.proxy}}anything{{else}}health{{/if}}"\n\n# Or the endpoint\'s own DNS name with the API named in a header (x-apigw-api-id) or in Host.\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  -H "x-apigw-api-id: $(terraform output -raw rest_api_id)" \\\n  "https://$(terraform output -json vpc_endpoint_dns_names | jq -r \'.[0]\')/v1/{{#if f.proxy}}anything{{else}}health{{/if}}"\n```\n{{#if f.privateDomain}}\n\nWith the private custom domain: `https://{{answers.domain}}/{{#if f.proxy}}anything{{else}}health{{/if}}` (resolves through the private hosted zone).\n{{/if}}\n{{else}}\n```sh\ncurl --aws-sigv4 "aws:amz:{{answers.region}}:execute-api" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\\n  -H "x-amz-security-token: $AWS_SESSION_TOKEN" \\\n  "$(terraform output -raw {{#if f.anyDomain}}custom_domain_url{{else}}invoke_url{{/if}})/{{#if f.proxy}}anything{{else}}health{{/if}}"\n```\n{{#if f.cdn}}\n\nThrough CloudFront: `https://$(terraform output -raw cloudfront_domain_name)/{{#if f.proxy}}anything{{else}}health{{/if}}`. The regional\nendpoint stays reachable directly too; require a secret header or IAM if only CloudFront may call it.\n{{/if}}\n{{/if}}\n\nWith `authorization = "NONE"` drop the `--aws-sigv4`, `--user` and token lines.\n\nWhen something does not work, start with [TROUBLESHOOTING.md](TROUBLESHOOTING.md).\n', "docs/TROUBLESHOOTING.md": '# Troubleshooting {{answers.name}} ({{rec.endpointType}})\n\nWork from the outside in: does the name resolve, does a TCP connection open, does API Gateway\nsee the request, does it authorize it. Addresses below are Terraform resource addresses in this\nroot module; names are those the module creates with its defaults (stage `v1`).\n\n## 0. Is the request reaching API Gateway at all?\n\n- Access logs: log group `/aws/apigateway/{{answers.name}}/v1/access`\n  (`module.api.aws_cloudwatch_log_group.access`).\n- Execution logs: `API-Gateway-Execution-Logs_<rest_api_id>/v1` (`module.api.aws_cloudwatch_log_group.execution`);\n  raise `execution_logging_level` to `INFO` while investigating.\n- **No log line at all means the request never reached API Gateway: a network or DNS problem** (sections 1\u20133).\n  A log line with a 4XX/5XX means it arrived: look at sections 4\u20136.\n- Alarms: `{{answers.name}}-v1-5xx` and `{{answers.name}}-v1-latency-p99` in CloudWatch.\n{{#if f.isPrivate}}\n\n## 1. Endpoint status and configuration\n\n- `aws ec2 describe-vpc-endpoints --vpc-endpoint-ids $(terraform output -raw vpc_endpoint_id)`:\n  the state must be `available`, in the Region `{{answers.region}}`, in the VPC your clients use.\n- The endpoint must have a network interface in the client\'s Availability Zone\'s subnet, or a route to it.\n- Missing or in another Region? `module.api.aws_vpc_endpoint.execute_api` creates it in `var.vpc_id`.\n\n## 2. DNS resolution\n\nFrom a client: `nslookup <rest_api_id>.execute-api.{{answers.region}}.amazonaws.com`.\n\n- It must return **private** addresses of the endpoint\'s network interfaces.\n- Public addresses? Private DNS is off (`private_dns_enabled = {{answers.privateDns}}`) or the client does not use the\n  VPC resolver. Either turn it on (console: VPC \u2192 Endpoints \u2192 Actions \u2192 Modify private DNS names \u2192 Enable), or use\n  the endpoint-specific hostname from the `endpoint_specific_invoke_url` output.\n- Private DNS on makes **public** APIs\' default hostnames fail from this VPC (they resolve to the endpoint and answer\n  403). Call those through custom domains, or turn private DNS off here.\n{{#if f.privateDomain}}\n- Custom domain `{{answers.domain}}`: the private hosted zone `module.api.aws_route53_zone.private` must be\n  associated with the client\'s VPC, and the A record `module.api.aws_route53_record.api` must alias the endpoint.\n{{/if}}\n{{#if f.hybrid}}\n- On-premises clients: the on-premises DNS servers need conditional forwarders (output\n  `onprem_conditional_forwarders`) to the Resolver inbound endpoint (`resolver_inbound_ips`), and the resolver\'s\n  security group `module.api.aws_security_group.resolver` must allow 53/TCP and 53/UDP from\n  {{join answers.onpremCidrs ", "}}.\n{{/if}}\n- Browsers with **DNS over HTTPS** bypass the VPC and on-premises resolvers: disable DoH for these clients.\n- Clear the client\'s DNS cache after changes (`resolvectl flush-caches`, `ipconfig /flushdns`).\n\n## 3. Network path (connection timed out)\n\n- `nc -vz <endpoint private IP> 443` (or `Test-NetConnection -Port 443`) from the client; `traceroute` to see where it stops.\n- Security groups: the client\'s group must allow **outbound 443** to the endpoint; the endpoint\'s group\n  `module.api.aws_security_group.endpoint` admits **inbound 443** only from `client_security_group_ids`,\n  `client_cidr_blocks`{{#if f.hybrid}} and `onprem_cidr_blocks`{{/if}}. A missing client is a timeout, not a 403.\n- Network ACLs are stateless: the endpoint subnets must allow 443 in and ephemeral ports (1024\u201365535) out to the\n  clients, and the client subnets the reverse. `manage_network_acl = true` creates such an ACL\n  (`module.api.aws_network_acl.endpoint`).\n- Route tables: the client subnets must route to the endpoint subnets (same VPC: local route; other VPCs: peering or\n  Transit Gateway).\n{{#if f.hybrid}}\n- On premises: routes for the VPC\'s range must point at Direct Connect or the VPN (often via a Transit Gateway),\n  and the VPC route tables must route {{join answers.onpremCidrs ", "}} back.\n{{/if}}\n- Flow logs of the endpoint subnets (`/aws/vpc-flow-logs/{{answers.name}}-execute-api`, when `enable_flow_logs`):\n  `REJECT` records name the blocked source and port.\n\n## 4. 403 Forbidden\n\n- "User: anonymous is not authorized to perform: execute-api:Invoke": the **resource policy**\n  (`module.api.aws_api_gateway_rest_api_policy.this`) denies requests whose `aws:SourceVpce` is not in\n  `allowed_vpc_endpoint_ids`. Compare `$context.identity.vpceId` in the access log with the `vpc_endpoint_id`\n  output{{#if f.crossAccount}} and `consumer_vpc_endpoint_ids`{{/if}}.\n- The policy was changed but the old one still applies: API Gateway applies a resource policy only after a\n  deployment. The module redeploys automatically (the deployment hashes the policy); after a manual console change,\n  redeploy the stage.\n- The **endpoint policy** (`module.api.data.aws_iam_policy_document.endpoint`) must allow `execute-api:Invoke` on\n  the API\'s ARN.\n- "Missing Authentication Token" or "The security token included in the request is invalid": the sample method\n  uses `authorization = "AWS_IAM"`; sign requests with SigV4 (README, Calling the API). A Lambda authorizer needs\n  the resource policy to allow its callers too.\n- A 403 **from a public API** called from this VPC: private DNS on the endpoint (section 2).\n{{#if f.crossAccount}}\n- Consumer accounts ({{join answers.consumerAccounts ", "}}): their endpoint IDs must be in\n  `consumer_vpc_endpoint_ids`{{#if f.privateDomain}}, they must have accepted the RAM share and associated their endpoint with the domain name{{/if}}.\n{{/if}}\n\n## 5. Wrong invoke URL or Host header\n\n- Private DNS on: `https://<rest_api_id>.execute-api.{{answers.region}}.amazonaws.com/v1/...`\n- Private DNS off: `https://<rest_api_id>-<vpce_id>.execute-api.{{answers.region}}.amazonaws.com/v1/...`\n  (output `endpoint_specific_invoke_url`), or an endpoint DNS name (output `vpc_endpoint_dns_names`) with\n  the header `x-apigw-api-id: <rest_api_id>` or `Host: <rest_api_id>.execute-api.{{answers.region}}.amazonaws.com`.\n- A typo in the Host header or the API ID answers 403 "Forbidden" without a log line.\n{{#if f.privateDomain}}\n\n## 6. Custom domain not working\n\n- The domain must be associated with the endpoint: `module.api.aws_api_gateway_domain_name_access_association.this`.\n- Its own policy (the API\'s, `module.api.data.aws_iam_policy_document.api`) must allow the endpoint.\n- The base path mapping `module.api.aws_api_gateway_base_path_mapping.this` must point at stage `v1`.\n- The A record in the private hosted zone must alias the endpoint\'s DNS name.\n{{/if}}\n{{else}}\n\n## 1. DNS and TLS\n\n- `nslookup {{#if f.anyDomain}}{{answers.domain}}{{else}}<rest_api_id>.execute-api.{{answers.region}}.amazonaws.com{{/if}}` must return public addresses.\n{{#if f.anyDomain}}\n- The certificate must be issued (`aws acm describe-certificate`{{#if f.usEast1}} `--region us-east-1`{{/if}}); a pending\n  validation means the DNS validation records are missing from hosted zone `var.hosted_zone_id`. One passed as\n  `certificate_arn` must cover {{answers.domain}} and live in {{#if f.usEast1}}us-east-1{{else}}{{answers.region}}{{/if}}.\n{{/if}}\n- Called from a VPC whose execute-api interface endpoint has **private DNS on**? The default hostname then resolves\n  to that endpoint and answers 403: call through a custom domain instead.\n\n## 2. 403 Forbidden\n\n- "Missing Authentication Token": wrong path or stage (the stage is `v1`), or an unsigned request to a method with\n  `authorization = "AWS_IAM"`.\n{{#if f.waf}}\n- Blocked by AWS WAF: access log field `wafResponse` is `WAF_BLOCK`; see sampled requests of web ACL\n  `{{answers.name}}-api` and its log group `aws-waf-logs-{{answers.name}}`. The rate rule blocks an IP above\n  `waf_rate_limit` requests per 5 minutes.\n{{/if}}\n\n## 3. 5XX and timeouts\n\n- Integration errors show `integrationStatus` in the access log and details in the execution log.\n- API Gateway gives up on the integration after 29 seconds (504).\n{{#if f.cdn}}\n- Through CloudFront: a 502/403 from CloudFront with no API log line usually means the origin request carried the\n  viewer\'s Host header; the origin request policy must be `Managed-AllViewerExceptHostHeader`.\n{{/if}}\n{{/if}}\n{{#if (eq f.integration "nlb")}}\n\n## NLB private integration\n\n- The VPC link `module.api.aws_api_gateway_vpc_link.this` must be `AVAILABLE`.\n- The NLB\'s target group must report healthy targets; the targets\' security groups must admit the NLB\'s\n  addresses (NLB logs show the NLB\'s private IP, not the client\'s).\n- With a TLS listener, the host in `nlb_backend_url` must match the listener certificate.\n{{/if}}\n', "module/acm-certificate": 'resource "aws_acm_certificate" "this" {\n{{#if usEast1}}\n  count    = var.certificate_arn == null ? 1 : 0\n  provider = aws.us_east_1\n{{else}}\n  count = var.certificate_arn == null ? 1 : 0\n{{/if}}\n\n  domain_name       = var.domain_name\n  validation_method = "DNS"\n\n  tags = var.tags\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_route53_record" "certificate_validation" {\n  for_each = {\n    for option in flatten(aws_acm_certificate.this[*].domain_validation_options) : option.domain_name => option\n  }\n\n  zone_id         = var.hosted_zone_id\n  name            = each.value.resource_record_name\n  type            = each.value.resource_record_type\n  records         = [each.value.resource_record_value]\n  ttl             = 300\n  allow_overwrite = true\n}\n\nresource "aws_acm_certificate_validation" "this" {\n{{#if usEast1}}\n  count    = var.certificate_arn == null ? 1 : 0\n  provider = aws.us_east_1\n{{else}}\n  count = var.certificate_arn == null ? 1 : 0\n{{/if}}\n\n  certificate_arn         = aws_acm_certificate.this[0].arn\n  validation_record_fqdns = [for record in aws_route53_record.certificate_validation : record.fqdn]\n}\n\nlocals {\n  # The certificate the domain uses: var.certificate_arn when given, else the one issued here.\n  certificate_arn = coalesce(var.certificate_arn, one(aws_acm_certificate_validation.this[*].certificate_arn))\n}\n', "module/cdn.tf": '# Your own CloudFront distribution in front of the regional endpoint: caching, headers and\n# edge security stay under your control (an edge-optimized endpoint hides its distribution).\ndata "aws_cloudfront_cache_policy" "disabled" {\n  name = "Managed-CachingDisabled"\n}\n\n# Forwards everything but Host: API Gateway routes on its own host name.\ndata "aws_cloudfront_origin_request_policy" "all_viewer_except_host" {\n  name = "Managed-AllViewerExceptHostHeader"\n}\n\ndata "aws_cloudfront_response_headers_policy" "security_headers" {\n  name = "Managed-SecurityHeadersPolicy"\n}\n{{#if f.cdnDomain}}\n\n# CloudFront only uses certificates from us-east-1.\n{{> module/acm-certificate usEast1=true}}\n{{/if}}\n\nresource "aws_cloudfront_distribution" "this" {\n  enabled         = true\n  comment         = "${var.name} API"\n  is_ipv6_enabled = true\n  price_class     = var.cloudfront_price_class\n{{#if f.cdnDomain}}\n  aliases         = [var.domain_name]\n{{/if}}\n\n  #checkov:skip=CKV_AWS_68:The REGIONAL web ACL on the API stage inspects every request CloudFront forwards.\n  #checkov:skip=CKV2_AWS_47:No web ACL on the distribution; the stage\'s web ACL carries the Log4j (known bad inputs) rules.\n  #checkov:skip=CKV_AWS_86:Standard logs need an S3 bucket of yours; add logging_config once it exists.\n  #checkov:skip=CKV_AWS_310:An API has one origin; there is no second origin to fail over to.\n  #checkov:skip=CKV_AWS_374:Geo restriction is a business decision, not a default.\n  #checkov:skip=CKV_AWS_305:A default root object applies to websites, not APIs.\n  origin {\n    origin_id   = "api-gateway"\n    domain_name = "${aws_api_gateway_rest_api.this.id}.execute-api.${data.aws_region.current.region}.amazonaws.com"\n    origin_path = "/${aws_api_gateway_stage.this.stage_name}"\n\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n\n  default_cache_behavior {\n    target_origin_id           = "api-gateway"\n    viewer_protocol_policy     = "https-only"\n    allowed_methods            = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]\n    cached_methods             = ["GET", "HEAD"]\n    compress                   = true\n    cache_policy_id            = data.aws_cloudfront_cache_policy.disabled.id\n    origin_request_policy_id   = data.aws_cloudfront_origin_request_policy.all_viewer_except_host.id\n    response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security_headers.id\n  }\n\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n\n  viewer_certificate {\n{{#if f.cdnDomain}}\n    acm_certificate_arn      = local.certificate_arn\n    ssl_support_method       = "sni-only"\n    minimum_protocol_version = "TLSv1.2_2021"\n{{else}}\n    #checkov:skip=CKV_AWS_174:The default *.cloudfront.net certificate cannot enforce a minimum TLS version; give --domain to get TLSv1.2_2021.\n    cloudfront_default_certificate = true\n{{/if}}\n  }\n\n  tags = var.tags\n}\n{{#if f.cdnDomain}}\n\nresource "aws_route53_record" "api" {\n  zone_id = var.hosted_zone_id\n  name    = var.domain_name\n  type    = "A"\n\n  alias {\n    name                   = aws_cloudfront_distribution.this.domain_name\n    zone_id                = aws_cloudfront_distribution.this.hosted_zone_id\n    evaluate_target_health = false\n  }\n}\n{{/if}}\n', "module/deployment.tf": 'resource "aws_api_gateway_deployment" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  description = "Managed by Terraform"\n\n  # A deployment is a snapshot: API Gateway serves changes to methods, integrations{{#if f.isPrivate}} or\n  # the resource policy{{/if}} only after a new deployment. Hashing them here redeploys on every change.\n  triggers = {\n    redeployment = sha1(jsonencode([\n      aws_api_gateway_resource.this,\n      aws_api_gateway_request_validator.this,\n      aws_api_gateway_method.this,\n      aws_api_gateway_integration.this,\n{{#if (eq f.integration "mock")}}\n      aws_api_gateway_method_response.ok,\n      aws_api_gateway_integration_response.ok,\n{{/if}}\n{{#if f.isPrivate}}\n      aws_api_gateway_rest_api_policy.this.policy,\n{{/if}}\n    ]))\n  }\n\n  lifecycle {\n    # The stage points at the new deployment before the old one is deleted.\n    create_before_destroy = true\n  }\n\n  depends_on = [\n    aws_api_gateway_integration.this,\n{{#if (eq f.integration "mock")}}\n    aws_api_gateway_integration_response.ok,\n{{/if}}\n{{#if f.isPrivate}}\n    # A private API cannot be deployed before it has a resource policy.\n    aws_api_gateway_rest_api_policy.this,\n{{/if}}\n  ]\n}\n\nresource "aws_api_gateway_stage" "this" {\n  rest_api_id          = aws_api_gateway_rest_api.this.id\n  deployment_id        = aws_api_gateway_deployment.this.id\n  stage_name           = var.stage_name\n  xray_tracing_enabled = var.xray_tracing_enabled\n\n  #checkov:skip=CKV_AWS_120:Response caching is off by default for APIs: it costs per hour and serves stale data unless designed for.\n  #checkov:skip=CKV2_AWS_51:Client certificates authenticate API Gateway to an HTTP backend; callers authenticate with {{#if f.isPrivate}}the resource policy and {{/if}}IAM (var.authorization).\n{{#if f.waf}}\n  #checkov:skip=CKV2_AWS_77:Log4j payloads are blocked by AWSManagedRulesKnownBadInputsRuleSet; AWSManagedRulesAnonymousIpList is left out because its hosting-provider rule blocks server-to-server callers in the cloud.\n{{/if}}\n{{#if (and f.isPublic (not f.waf))}}\n  #checkov:skip=CKV2_AWS_29:AWS WAF was turned off for this API (--no-waf); attach a web ACL to the stage to protect it.\n{{/if}}\n{{#if f.isPrivate}}\n  #checkov:skip=CKV2_AWS_29:A private API is reachable only through the allowed VPC endpoints, filtered by the resource policy and security groups; attach a web ACL if internal traffic needs inspection.\n{{/if}}\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.access.arn\n    format = jsonencode({\n      requestId          = "$context.requestId"\n      extendedRequestId  = "$context.extendedRequestId"\n      requestTime        = "$context.requestTime"\n      httpMethod         = "$context.httpMethod"\n      resourcePath       = "$context.resourcePath"\n      status             = "$context.status"\n      responseLength     = "$context.responseLength"\n      integrationStatus  = "$context.integrationStatus"\n      integrationLatency = "$context.integrationLatency"\n      sourceIp           = "$context.identity.sourceIp"\n      userAgent          = "$context.identity.userAgent"\n{{#if f.isPrivate}}\n      vpceId             = "$context.identity.vpceId"\n      vpcId              = "$context.identity.vpcId"\n{{/if}}\n      errorMessage       = "$context.error.message"\n      wafResponse        = "$context.wafResponseCode"\n    })\n  }\n\n  tags = var.tags\n\n  # API Gateway creates the execution log group on first use, with no expiry, unless it exists.\n  depends_on = [aws_cloudwatch_log_group.execution]\n}\n\nresource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  stage_name  = aws_api_gateway_stage.this.stage_name\n  method_path = "*/*"\n\n  #checkov:skip=CKV_AWS_225:Response caching is off by default for APIs (see the stage).\n  settings {\n    metrics_enabled        = true\n    logging_level          = var.execution_logging_level\n    data_trace_enabled     = false # full request/response bodies in logs would leak payloads\n    throttling_rate_limit  = var.throttling_rate_limit\n    throttling_burst_limit = var.throttling_burst_limit\n    caching_enabled        = false\n    cache_data_encrypted   = true\n  }\n}\n', "module/domain-private.tf": '# Private custom domain: a stable, friendly name for callers inside the VPC{{#if f.crossAccount}} and in the\n# consumer accounts{{/if}}. It has its own resource policy: the same rule as the API\'s (policy.tf),\n# so a request through an endpoint that is not allowed is refused at the domain as well.\nresource "aws_api_gateway_domain_name" "this" {\n  domain_name     = var.domain_name\n  certificate_arn = var.certificate_arn\n  security_policy = "TLS_1_2"\n  policy          = data.aws_iam_policy_document.api.json\n\n  endpoint_configuration {\n    types = ["PRIVATE"]\n  }\n\n  tags = var.tags\n}\n\nresource "aws_api_gateway_base_path_mapping" "this" {\n  api_id         = aws_api_gateway_rest_api.this.id\n  stage_name     = aws_api_gateway_stage.this.stage_name\n  domain_name    = aws_api_gateway_domain_name.this.domain_name\n  domain_name_id = aws_api_gateway_domain_name.this.domain_name_id\n}\n\n# Without this association the endpoint cannot reach the domain name, even with a policy that allows it.\nresource "aws_api_gateway_domain_name_access_association" "this" {\n  domain_name_arn                = aws_api_gateway_domain_name.this.arn\n  access_association_source      = aws_vpc_endpoint.execute_api.id\n  access_association_source_type = "VPCE"\n\n  tags = var.tags\n}\n\n# A private zone for exactly this host name: it answers for the API without shadowing the\n# rest of the parent domain inside the VPC.\n{{> common/private-zone zoneComment="Private custom domain of ${var.name}"}}\n', "module/domain-public.tf": `# The custom domain's certificate: an existing one (var.certificate_arn), or a public one
# issued here and validated through DNS in the public hosted zone.
{{#if f.isEdge}}
# Edge-optimized domains are served by CloudFront, so the certificate lives in us-east-1.
{{/if}}
{{> module/acm-certificate usEast1=f.isEdge}}

resource "aws_api_gateway_domain_name" "this" {
{{#if f.isEdge}}
  domain_name     = var.domain_name
  certificate_arn = local.certificate_arn
  security_policy = "TLS_1_2"
{{else}}
  domain_name              = var.domain_name
  regional_certificate_arn = local.certificate_arn
  security_policy          = "TLS_1_2"
{{/if}}

  endpoint_configuration {
    types = ["{{rec.endpointType}}"]
  }

  tags = var.tags
}

resource "aws_api_gateway_base_path_mapping" "this" {
  api_id      = aws_api_gateway_rest_api.this.id
  stage_name  = aws_api_gateway_stage.this.stage_name
  domain_name = aws_api_gateway_domain_name.this.domain_name
}

resource "aws_route53_record" "api" {
  zone_id = var.hosted_zone_id
  name    = aws_api_gateway_domain_name.this.domain_name
  type    = "A"

  alias {
{{#if f.isEdge}}
    name                   = aws_api_gateway_domain_name.this.cloudfront_domain_name
    zone_id                = aws_api_gateway_domain_name.this.cloudfront_zone_id
{{else}}
    name                   = aws_api_gateway_domain_name.this.regional_domain_name
    zone_id                = aws_api_gateway_domain_name.this.regional_zone_id
{{/if}}
    evaluate_target_health = false
  }
}
`, "module/integration-http": 'resource "aws_api_gateway_integration" "this" {\n  rest_api_id             = aws_api_gateway_rest_api.this.id\n  resource_id             = aws_api_gateway_resource.this.id\n  http_method             = aws_api_gateway_method.this.http_method\n  type                    = "HTTP_PROXY"\n  integration_http_method = "ANY"\n  uri                     = "${var.backend_url}/{proxy}"\n  timeout_milliseconds    = 29000\n\n  request_parameters = {\n    "integration.request.path.proxy" = "method.request.path.proxy"\n  }\n}\n', "module/integration-lambda": 'data "aws_lambda_function" "backend" {\n  function_name = var.lambda_function_name\n}\n\nresource "aws_api_gateway_integration" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  type        = "AWS_PROXY"\n  # Lambda proxy integrations are always invoked with POST, whatever the client\'s method.\n  integration_http_method = "POST"\n  uri                     = data.aws_lambda_function.backend.invoke_arn\n}\n\nresource "aws_lambda_permission" "api_gateway" {\n  statement_id  = "AllowInvokeFromApiGateway-${var.name}"\n  action        = "lambda:InvokeFunction"\n  function_name = data.aws_lambda_function.backend.function_name\n  principal     = "apigateway.amazonaws.com"\n  # Any stage and method of this API only.\n  source_arn = "${aws_api_gateway_rest_api.this.execution_arn}/*/*"\n}\n', "module/integration-mock": 'resource "aws_api_gateway_integration" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  type        = "MOCK"\n\n  request_templates = {\n    "application/json" = jsonencode({ statusCode = 200 })\n  }\n}\n\nresource "aws_api_gateway_method_response" "ok" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  status_code = "200"\n\n  response_models = {\n    "application/json" = "Empty"\n  }\n}\n\nresource "aws_api_gateway_integration_response" "ok" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  resource_id = aws_api_gateway_resource.this.id\n  http_method = aws_api_gateway_method.this.http_method\n  status_code = aws_api_gateway_method_response.ok.status_code\n\n  response_templates = {\n    "application/json" = jsonencode({ status = "ok" })\n  }\n\n  depends_on = [aws_api_gateway_integration.this]\n}\n', "module/integration-nlb": '# Private integration: API Gateway reaches targets inside the VPC through a VPC link to a\n# Network Load Balancer. The NLB sees API Gateway\'s addresses, not the client\'s; use the\n# access log\'s $context.identity.sourceIp to trace callers.\nresource "aws_api_gateway_vpc_link" "this" {\n  name        = "${var.name}-nlb"\n  description = "VPC link from ${var.name} to its Network Load Balancer"\n  target_arns = [var.nlb_arn]\n\n  tags = var.tags\n}\n\nresource "aws_api_gateway_integration" "this" {\n  rest_api_id             = aws_api_gateway_rest_api.this.id\n  resource_id             = aws_api_gateway_resource.this.id\n  http_method             = aws_api_gateway_method.this.http_method\n  type                    = "HTTP_PROXY"\n  integration_http_method = "ANY"\n  connection_type         = "VPC_LINK"\n  connection_id           = aws_api_gateway_vpc_link.this.id\n  # With a TLS listener, this host name must match the listener certificate.\n  uri                  = "${var.nlb_backend_url}/{proxy}"\n  timeout_milliseconds = 29000\n\n  request_parameters = {\n    "integration.request.path.proxy" = "method.request.path.proxy"\n  }\n}\n', "module/logging.tf": 'resource "aws_cloudwatch_log_group" "access" {\n  name              = "/aws/apigateway/${var.name}/${var.stage_name}/access"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\n# The name API Gateway writes execution logs to. Creating it here sets its retention and\n# lets Terraform remove it with the API.\nresource "aws_cloudwatch_log_group" "execution" {\n  name              = "API-Gateway-Execution-Logs_${aws_api_gateway_rest_api.this.id}/${var.stage_name}"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\nlocals {\n  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]\n}\n\nresource "aws_cloudwatch_metric_alarm" "server_errors" {\n  alarm_name          = "${var.name}-${var.stage_name}-5xx"\n  alarm_description   = "${var.name} returned ${var.alarm_5xx_threshold} or more 5XX responses in 5 minutes. See TROUBLESHOOTING.md."\n  namespace           = "AWS/ApiGateway"\n  metric_name         = "5XXError"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = var.alarm_5xx_threshold\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  treat_missing_data  = "notBreaching"\n  alarm_actions       = local.alarm_actions\n  ok_actions          = local.alarm_actions\n\n  dimensions = {\n    ApiName = aws_api_gateway_rest_api.this.name\n    Stage   = aws_api_gateway_stage.this.stage_name\n  }\n\n  tags = var.tags\n}\n\nresource "aws_cloudwatch_metric_alarm" "latency" {\n  alarm_name          = "${var.name}-${var.stage_name}-latency-p99"\n  alarm_description   = "${var.name} p99 latency above ${var.alarm_latency_p99_ms} ms for 15 minutes."\n  namespace           = "AWS/ApiGateway"\n  metric_name         = "Latency"\n  extended_statistic  = "p99"\n  period              = 300\n  evaluation_periods  = 3\n  threshold           = var.alarm_latency_p99_ms\n  comparison_operator = "GreaterThanThreshold"\n  treat_missing_data  = "notBreaching"\n  alarm_actions       = local.alarm_actions\n  ok_actions          = local.alarm_actions\n\n  dimensions = {\n    ApiName = aws_api_gateway_rest_api.this.name\n    Stage   = aws_api_gateway_stage.this.stage_name\n  }\n\n  tags = var.tags\n}\n\n# API Gateway needs an account-level IAM role to write any CloudWatch logs. There is one\n# setting per account and Region, shared by every API: managing it here would overwrite\n# another stack\'s, so it is opt-in.\ndata "aws_iam_policy_document" "api_gateway_assume" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  statement {\n    actions = ["sts:AssumeRole"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["apigateway.amazonaws.com"]\n    }\n  }\n}\n\nresource "aws_iam_role" "cloudwatch" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  name_prefix        = "api-gateway-cloudwatch-"\n  assume_role_policy = data.aws_iam_policy_document.api_gateway_assume[0].json\n\n  tags = var.tags\n}\n\nresource "aws_iam_role_policy_attachment" "cloudwatch" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  role       = aws_iam_role.cloudwatch[0].name\n  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"\n}\n\nresource "aws_api_gateway_account" "this" {\n  count = var.manage_account_cloudwatch_role ? 1 : 0\n\n  cloudwatch_role_arn = aws_iam_role.cloudwatch[0].arn\n}\n', "module/main.tf": 'data "aws_region" "current" {}\n\ndata "aws_partition" "current" {}\n{{#if f.isPrivate}}\n\ndata "aws_caller_identity" "current" {}\n{{/if}}\n\nresource "aws_api_gateway_rest_api" "this" {\n  name        = var.name\n  description = var.description\n\n  endpoint_configuration {\n    types = ["{{rec.endpointType}}"]\n{{#if f.isPrivate}}\n    # Associating the endpoint creates the {api-id}-{vpce-id}.execute-api alias hostname,\n    # which resolves with or without private DNS on the endpoint.\n    vpc_endpoint_ids = [aws_vpc_endpoint.execute_api.id]\n{{/if}}\n  }\n\n  tags = var.tags\n\n  lifecycle {\n    # A replacement API (new ID, new URL) exists before the old one is deleted.\n    create_before_destroy = true\n  }\n}\n\n# Rejects requests whose required parameters are missing before they reach the backend.\nresource "aws_api_gateway_request_validator" "this" {\n  rest_api_id                 = aws_api_gateway_rest_api.this.id\n  name                        = "validate-parameters-and-body"\n  validate_request_parameters = true\n  validate_request_body       = true\n}\n\n{{#if f.proxy}}\n# One greedy resource forwards every path to the backend.\nresource "aws_api_gateway_resource" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_rest_api.this.root_resource_id\n  path_part   = "{proxy+}"\n}\n\nresource "aws_api_gateway_method" "this" {\n  rest_api_id          = aws_api_gateway_rest_api.this.id\n  resource_id          = aws_api_gateway_resource.this.id\n  http_method          = "ANY"\n  authorization        = var.authorization\n  request_validator_id = aws_api_gateway_request_validator.this.id\n\n  request_parameters = {\n    "method.request.path.proxy" = true\n  }\n}\n{{else}}\n# A sample health check answered by API Gateway itself; replace with real resources.\nresource "aws_api_gateway_resource" "this" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  parent_id   = aws_api_gateway_rest_api.this.root_resource_id\n  path_part   = "health"\n}\n\nresource "aws_api_gateway_method" "this" {\n  rest_api_id          = aws_api_gateway_rest_api.this.id\n  resource_id          = aws_api_gateway_resource.this.id\n  http_method          = "GET"\n  authorization        = var.authorization\n  request_validator_id = aws_api_gateway_request_validator.this.id\n}\n{{/if}}\n\n{{> (concat "module/integration-" f.integration)}}\n', "module/network.tf": '# Network ACL for the endpoint subnets (opt-in): a second, stateless layer under the\n# security group. Inbound 443 from the client ranges, outbound ephemeral ports back to\n# them; the implicit final rule denies everything else.\ndata "aws_vpc" "this" {\n  count = var.manage_network_acl ? 1 : 0\n\n  id = var.vpc_id\n}\n\nlocals {\n  # The VPC\'s own range stands in for clients admitted by security group (a network ACL\n  # cannot reference security groups). CIDR \u2192 rule number.\n  nacl_rules = var.manage_network_acl ? {\n    for i, cidr in distinct(concat([data.aws_vpc.this[0].cidr_block], var.client_cidr_blocks{{#if f.hybrid}}, var.onprem_cidr_blocks{{/if}})) : cidr => 100 + i * 10\n  } : {}\n}\n\nresource "aws_network_acl" "endpoint" {\n  count = var.manage_network_acl ? 1 : 0\n\n  #checkov:skip=CKV2_AWS_1:Attached through subnet_ids = var.subnet_ids; the graph check cannot follow the count-conditional variable.\n  vpc_id     = var.vpc_id\n  subnet_ids = var.subnet_ids\n\n  tags = merge(var.tags, { Name = "${var.name}-execute-api-endpoint" })\n}\n\nresource "aws_network_acl_rule" "https_in" {\n  for_each = local.nacl_rules\n\n  network_acl_id = aws_network_acl.endpoint[0].id\n  rule_number    = each.value\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = each.key\n  from_port      = 443\n  to_port        = 443\n}\n\nresource "aws_network_acl_rule" "ephemeral_out" {\n  for_each = local.nacl_rules\n\n  network_acl_id = aws_network_acl.endpoint[0].id\n  rule_number    = each.value\n  egress         = true\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = each.key\n  from_port      = 1024\n  to_port        = 65535\n}\n\n# Flow logs on the endpoint subnets: the first place to look when a call times out.\nresource "aws_cloudwatch_log_group" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  name              = "/aws/vpc-flow-logs/${var.name}-execute-api"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\ndata "aws_iam_policy_document" "flow_logs_assume" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  statement {\n    actions = ["sts:AssumeRole"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["vpc-flow-logs.amazonaws.com"]\n    }\n\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = [data.aws_caller_identity.current.account_id]\n    }\n  }\n}\n\ndata "aws_iam_policy_document" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  statement {\n    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]\n    resources = ["${aws_cloudwatch_log_group.flow_logs[0].arn}:*"]\n  }\n}\n\nresource "aws_iam_role" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  name_prefix        = "${substr(var.name, 0, 20)}-flow-logs-"\n  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume[0].json\n\n  tags = var.tags\n}\n\nresource "aws_iam_role_policy" "flow_logs" {\n  count = var.enable_flow_logs ? 1 : 0\n\n  name   = "write-flow-logs"\n  role   = aws_iam_role.flow_logs[0].id\n  policy = data.aws_iam_policy_document.flow_logs[0].json\n}\n\nresource "aws_flow_log" "endpoint_subnets" {\n  for_each = var.enable_flow_logs ? toset(var.subnet_ids) : toset([])\n\n  subnet_id            = each.value\n  traffic_type         = "ALL"\n  log_destination_type = "cloud-watch-logs"\n  log_destination      = aws_cloudwatch_log_group.flow_logs[0].arn\n  iam_role_arn         = aws_iam_role.flow_logs[0].arn\n\n  tags = var.tags\n}\n', "module/outputs.tf": '{{#each outputs}}\noutput "{{name}}" {\n  description = {{hcl description}}\n  value       = {{{value}}}\n}\n\n{{/each}}\n', "module/policy.tf": `locals {
  # Requests are admitted only through these interface endpoints: ours{{#if f.crossAccount}} and the consumers'{{/if}}.
  allowed_vpc_endpoint_ids = {{#if f.crossAccount}}concat([aws_vpc_endpoint.execute_api.id], var.consumer_vpc_endpoint_ids){{else}}[aws_vpc_endpoint.execute_api.id]{{/if}}
}

# The canonical private API policy: allow Invoke, then deny every request that does not
# arrive through an allowed endpoint. A 403 "not authorized to access this resource"
# usually means the caller's endpoint is missing here.
data "aws_iam_policy_document" "api" {
  statement {
    sid       = "AllowInvoke"
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }

  statement {
    sid       = "DenyOutsideAllowedEndpoints"
    effect    = "Deny"
    actions   = ["execute-api:Invoke"]
    resources = ["execute-api:/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "StringNotEquals"
      variable = "aws:SourceVpce"
      values   = local.allowed_vpc_endpoint_ids
    }
  }
}

resource "aws_api_gateway_rest_api_policy" "this" {
  rest_api_id = aws_api_gateway_rest_api.this.id
  policy      = data.aws_iam_policy_document.api.json
}
`, "module/resolver.tf": '# Hybrid DNS: on-premises resolvers forward the API\'s names to this inbound endpoint, which\n# answers from the VPC\'s view (the interface endpoint\'s private addresses).\nresource "aws_security_group" "resolver" {\n  name_prefix = "${var.name}-resolver-"\n  description = "DNS from on-premises resolvers to the Route 53 Resolver inbound endpoint of ${var.name}"\n  vpc_id      = var.vpc_id\n\n  tags = merge(var.tags, { Name = "${var.name}-resolver-inbound" })\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\nresource "aws_vpc_security_group_ingress_rule" "resolver_dns" {\n  for_each = {\n    for pair in setproduct(var.onprem_cidr_blocks, ["tcp", "udp"]) : "${pair[0]}/${pair[1]}" => {\n      cidr     = pair[0]\n      protocol = pair[1]\n    }\n  }\n\n  security_group_id = aws_security_group.resolver.id\n  description       = "DNS over ${upper(each.value.protocol)} from on-premises ${each.value.cidr}"\n  cidr_ipv4         = each.value.cidr\n  ip_protocol       = each.value.protocol\n  from_port         = 53\n  to_port           = 53\n}\n\nresource "aws_route53_resolver_endpoint" "inbound" {\n  name               = "${var.name}-inbound"\n  direction          = "INBOUND"\n  security_group_ids = [aws_security_group.resolver.id]\n\n  # One address per subnet: two Availability Zones at least, like the API endpoint.\n  dynamic "ip_address" {\n    for_each = toset(var.subnet_ids)\n\n    content {\n      subnet_id = ip_address.value\n    }\n  }\n\n  tags = var.tags\n}\n\nlocals {\n  resolver_ips = [for ip in aws_route53_resolver_endpoint.inbound.ip_address : ip.ip]\n  # Zones on-premises DNS must forward to the inbound endpoint. execute-api only resolves to\n  # the endpoint with private DNS on; the endpoint-specific names (*.vpce.amazonaws.com)\n  # are public DNS records and need no forwarder.\n  conditional_forwarders = {\n    for zone in compact([\n      var.private_dns_enabled ? "execute-api.${data.aws_region.current.region}.amazonaws.com" : "",\n{{#if f.privateDomain}}\n      var.domain_name,\n{{/if}}\n    ]) : zone => local.resolver_ips\n  }\n}\n', "module/sharing.tf": '# Consumer accounts reach the private custom domain through AWS RAM: they accept the share,\n# then associate their own interface endpoint with the domain name (modules/consumer).\nresource "aws_ram_resource_share" "domain" {\n  name                      = "${var.name}-private-domain"\n  allow_external_principals = var.ram_allow_external_principals\n\n  tags = var.tags\n}\n\nresource "aws_ram_resource_association" "domain" {\n  resource_arn       = aws_api_gateway_domain_name.this.arn\n  resource_share_arn = aws_ram_resource_share.domain.arn\n}\n\nresource "aws_ram_principal_association" "consumers" {\n  for_each = toset(var.consumer_account_ids)\n\n  principal          = each.value\n  resource_share_arn = aws_ram_resource_share.domain.arn\n}\n', "module/versions.tf": 'terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 6.66"\n{{#if f.usEast1}}\n      # The certificate for {{#if f.isEdge}}an edge-optimized custom domain{{else}}a CloudFront alias{{/if}} must be issued in us-east-1.\n      configuration_aliases = [aws.us_east_1]\n{{/if}}\n    }\n  }\n}\n', "module/vpc-endpoint.tf": 'resource "aws_security_group" "endpoint" {\n  name_prefix = "${var.name}-execute-api-"\n  description = "HTTPS from approved clients to the execute-api interface endpoint of ${var.name}"\n  vpc_id      = var.vpc_id\n\n  tags = merge(var.tags, { Name = "${var.name}-execute-api-endpoint" })\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n\n# Clients are admitted by security group reference where possible: the rule follows them\n# as their addresses change. No egress rules: the endpoint only answers connections.\nresource "aws_vpc_security_group_ingress_rule" "endpoint_from_security_groups" {\n  for_each = toset(var.client_security_group_ids)\n\n  security_group_id            = aws_security_group.endpoint.id\n  description                  = "HTTPS from client security group ${each.value}"\n  referenced_security_group_id = each.value\n  ip_protocol                  = "tcp"\n  from_port                    = 443\n  to_port                      = 443\n}\n\nresource "aws_vpc_security_group_ingress_rule" "endpoint_from_cidrs" {\n  for_each = local.endpoint_client_cidrs\n\n  security_group_id = aws_security_group.endpoint.id\n  description       = "HTTPS from ${each.value} ${each.key}"\n  cidr_ipv4         = each.key\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n}\n\nlocals {\n  # CIDR \u2192 who it is, for rule descriptions.\n  endpoint_client_cidrs = merge(\n    { for cidr in var.client_cidr_blocks : cidr => "clients in" },\n{{#if f.hybrid}}\n    { for cidr in var.onprem_cidr_blocks : cidr => "on-premises clients in" },\n{{/if}}\n  )\n}\n\n# The endpoint policy limits what this endpoint may be used for: invoking API Gateway APIs\n# of this account. One execute-api endpoint per VPC serves every private API it may call.\ndata "aws_iam_policy_document" "endpoint" {\n  statement {\n    sid       = "InvokeApisOfThisAccount"\n    effect    = "Allow"\n    actions   = ["execute-api:Invoke"]\n    resources = ["arn:${data.aws_partition.current.partition}:execute-api:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:*"]\n\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n  }\n}\n\nresource "aws_vpc_endpoint" "execute_api" {\n  vpc_id             = var.vpc_id\n  service_name       = "com.amazonaws.${data.aws_region.current.region}.execute-api"\n  vpc_endpoint_type  = "Interface"\n  subnet_ids         = var.subnet_ids\n  security_group_ids = [aws_security_group.endpoint.id]\n  policy             = data.aws_iam_policy_document.endpoint.json\n  # On: *.execute-api.{region}.amazonaws.com resolves to this endpoint inside the VPC, so the\n  # standard invoke URL works \u2014 and public APIs can no longer be called from this VPC by their\n  # default hostnames (they answer 403). Off: use the endpoint-specific hostname instead.\n  private_dns_enabled = var.private_dns_enabled\n\n  tags = merge(var.tags, { Name = "${var.name}-execute-api" })\n}\n', "module/waf.tf": '# API Gateway stages take REGIONAL web ACLs, edge-optimized ones included.\nresource "aws_wafv2_web_acl" "this" {\n  name        = "${var.name}-api"\n  description = "Protects the ${var.name} API stage"\n  scope       = "REGIONAL"\n\n  default_action {\n    allow {}\n  }\n\n  # AWS managed rule groups, in evaluation order. Known bad inputs blocks Log4j-style\n  # (CVE-2021-44228) payloads among others.\n  rule {\n    name     = "AWSManagedRulesCommonRuleSet"\n    priority = 10\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesCommonRuleSet"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-AWSManagedRulesCommonRuleSet"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "AWSManagedRulesKnownBadInputsRuleSet"\n    priority = 20\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesKnownBadInputsRuleSet"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-AWSManagedRulesKnownBadInputsRuleSet"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "AWSManagedRulesAmazonIpReputationList"\n    priority = 30\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesAmazonIpReputationList"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-AWSManagedRulesAmazonIpReputationList"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "rate-limit-per-ip"\n    priority = 100\n\n    action {\n      block {}\n    }\n\n    statement {\n      rate_based_statement {\n        limit              = var.waf_rate_limit\n        aggregate_key_type = "IP"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "${var.name}-rate-limit"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "${var.name}-api"\n    sampled_requests_enabled   = true\n  }\n\n  tags = var.tags\n}\n\nresource "aws_wafv2_web_acl_association" "this" {\n  resource_arn = aws_api_gateway_stage.this.arn\n  web_acl_arn  = aws_wafv2_web_acl.this.arn\n}\n\n# WAF requires log group names that start with aws-waf-logs-.\nresource "aws_cloudwatch_log_group" "waf" {\n  name              = "aws-waf-logs-${var.name}"\n  retention_in_days = var.log_retention_days\n  kms_key_id        = var.log_kms_key_arn\n\n  #checkov:skip=CKV_AWS_158:Customer-managed KMS encryption is opt-in through var.log_kms_key_arn; CloudWatch Logs encrypts at rest by default.\n  tags = var.tags\n}\n\nresource "aws_wafv2_web_acl_logging_configuration" "this" {\n  resource_arn            = aws_wafv2_web_acl.this.arn\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}\n', "root/main.tf": '# {{comment answers.description}}\n# Endpoint type: {{rec.endpointType}} \u2014 see README.md for why.\nmodule "api" {\n  source = "./{{moduleDir}}"\n{{#if f.usEast1}}\n\n  providers = {\n    aws           = aws\n    aws.us_east_1 = aws.us_east_1\n  }\n{{/if}}\n\n{{#each moduleArgs}}\n  {{padded}} = var.{{name}}\n{{/each}}\n}\n', "root/manifest.json": "{{{json manifest}}}\n", "root/outputs.tf": '{{#each outputs}}\noutput "{{name}}" {\n  description = {{hcl description}}\n  value       = module.api.{{name}}\n}\n\n{{/each}}\n', "root/providers.tf": `provider "aws" {
  region = var.region

  default_tags {
    tags = var.tags
  }
}
{{#if f.usEast1}}

# ACM certificates used by CloudFront (edge-optimized custom domains and CloudFront
# aliases) must live in us-east-1, whatever the API's Region.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = var.tags
  }
}
{{/if}}
`, "root/terraform.tfvars.example": "# Copy to terraform.tfvars and fill in. Values the generator already knew are defaults in\n# variables.tf; these have none.\n{{#each tfvarsExample}}\n\n# {{description}}\n{{name}} = {{{example}}}\n{{/each}}\n", "root/versions.tf": 'terraform {\n  required_version = "~> 1.6"\n\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n      # The offline schema check of create-api-endpoint {{tool.version}} was made against this provider release.\n      version = "~> 6.66"\n    }\n  }\n}\n' }));
function render(answers) {
  const recommendation = recommend(answers);
  return renderFiles(plan(answers, recommendation, VERSION), TEMPLATES);
}
export {
  COMMIT,
  VERSION,
  render
};
